"""Raw name lists: Central American and Venezuelan Spanish, Haitian Creole and French names.

Format: one name a line, ``latin|latin...`` (all these groups write in Latin script; the
variation is in accents, hyphens and Anglicised spellings).
"""

SPANISH_MALE = """
José|Jose
Juan
Carlos
Luis
Jorge
Miguel
Mario
Óscar|Oscar
Pedro
Francisco
Manuel
Jesús|Jesus
Wilmer|Wilmar
Kevin|Kevyn
Brayan|Bryan|Brian
Jefferson|Yeferson|Jeferson
Anderson
Erick|Eric
Marvin
Edwin
Walter
Nelson
Elmer
Denis|Dennis
Cristian|Christian
Josué|Josue
Rigoberto
Santos
Selvin
Ángel|Angel
Fernando
Roberto
Héctor|Hector
Alexander|Alexánder
Jonathan|Jhonatan|Johnatan
Dilan|Dylan
Estiven|Steven
Wilson
Henry|Henri
Byron
Darwin
Melvin
José Luis|Jose Luis
Juan Carlos
"""

SPANISH_FEMALE = """
María|Maria
Ana
Rosa
Carmen
Gloria
Sandra
Karla|Carla
Dania|Dania
Yesenia|Yessenia
Lesly|Leslie
Katherine|Katerin|Catherine
Daniela
Valeria
Wendy
Cindy|Sindy
Yolanda
Marisol
Maritza
Glenda
Sonia
Blanca
Reina|Reyna
Jessica|Yésica|Yesica
Heidy|Heidi
Nayeli
Dayana|Diana
Kimberly|Kimberlyn
Génesis|Genesis
Mariela
Xiomara
Marleny|Marlene
Nancy
Lourdes
Fátima|Fatima
Guadalupe
Alejandra
Paola
Andrea
Milagros
Rosibel
Keila|Kayla
María José|Maria Jose
Ana María|Ana Maria
"""

VENEZUELAN_MALE = """
José Gregorio|Jose Gregorio
Luis Eduardo
Yeferson|Jefferson
Jhoan|Johan
Keiber|Keyber
Deivis|Davis
Eliezer|Eliécer
Yorman|Jorman
Jesús Alberto|Jesus Alberto
Gregorio
Rafael
Ramón|Ramon
Yohandry|Johandry
Wuilmer|Wilmer
Argenis
Freddy|Fredy
Leonardo
Richard|Richar
Ronald
Carlos Andrés|Carlos Andres
Anthony|Antoni
Eduardo
Víctor|Victor
Daniel
Samuel
Alejandro
Yonathan|Jonathan
Kleiver|Cleiver
Maikel|Michael
Yender
Franklin
Oswaldo|Osvaldo
Junior
Gustavo
Omar
Enderson
Endrick
Wilfredo
Jhonny|Johnny
Miguel Ángel|Miguel Angel
"""

VENEZUELAN_FEMALE = """
Yorbelis|Yorbelys
Yusleidy|Yusleydi
Génesis|Genesis
Oriana
Mariangel|María Ángel
Yoselin|Joselyn|Yoselyn
Yelitza|Yelitsa
Daniela
Andreína|Andreina
Yuleisy|Yuleisi
Marielis|Marielys
Dayerlin|Dayerli
Yeimi|Yeimy
Rosmary|Rosmery
Francis
Yusmary|Yusmari
Keila|Keyla
Norelis|Norelys
Luisana
Anyeli|Angely
Maryori|Maryorie
Yaneth|Janeth
Betzabeth|Betsabé
Neidy|Neidi
Wendy
Carolina
Gabriela
Valentina
Isabel
Patricia
Milagros
Aracelis|Araceli
Yennifer|Jennifer
Zuleima|Zulema
Nathaly|Natalie
Mayerlin|Mayerling
Scarlet|Escarleth
Rosangela|Rosángela
Thais|Thaís
Yuri|Yury
"""

SPANISH_FAMILY = """
Hernández|Hernandez
López|Lopez
García|Garcia
Martínez|Martinez
Rodríguez|Rodriguez
González|Gonzalez
Pérez|Perez
Ramírez|Ramirez
Flores
Cruz
Reyes
Morales
Castillo
Ortiz
Mejía|Mejia
Aguilar
Sánchez|Sanchez
Díaz|Diaz
Romero
Vásquez|Vasquez|Vazquez
Rivera
Chávez|Chavez
Méndez|Mendez
Ramos
Torres
Gutiérrez|Gutierrez
Alvarado
Zelaya
Orellana
Argueta
Escobar
Portillo
Cabrera
Osorio
Girón|Giron
Pineda
Guzmán|Guzman
Suazo
Maldonado
Contreras
Velásquez|Velasquez
Bonilla
Rosales
Ávila|Avila
Medina
Salazar
Padilla
Colmenares
Briceño|Briceno
Quintero
"""

HAITIAN_MALE = """
Jean
Wilner|Wilnè
Jameson|Jamesson
Wisly|Wislie
Jean-Robert|Jean Robert
Jean-Claude|Jean Claude
Frantz|Franz
Evens|Evans
Ricardo
Junior
Wilson|Wilsonn
Jonas
Peterson|Pèterson
Stevenson|Stevensen
Woodly|Woodley
Widlin|Widline
Mackenson|Makenson
Roodly|Rodly
Fritznel|Fritzner
Dieunel|Dieunèl
Lovensky|Lovenski
Kervens|Kervins
Richelor|Richelord
Jacky|Jackie
Emmanuel|Manuel
Marc-Arthur|Marc Arthur
Jean-Baptiste|Jean Baptiste
Pierre-Richard|Pierre Richard
Wilfrid|Wilfried
Daniel
Samuel
Joseph
Kenold|Kennold
Edner|Edna
Guerrier|Guérrier
Vladimir|Wladimir
Dominique
Fenel|Fennel
Rony|Ronny
Herby|Herbie
"""

HAITIAN_FEMALE = """
Fabiola|Fabiolla
Guerline|Gerline
Nadège|Nadege
Roseline|Rosline
Marie-Claude|Marie Claude
Marie-Ange|Marie Ange
Magalie|Magaly
Mirlande|Mirlanda
Rose-Marie|Rose Marie
Nathalie|Natalie
Widline|Widlyne
Jessica|Djessica
Darline|Darlene
Fedna|Fèdna
Mideline|Midline
Esther|Estè
Lovelie|Lovely
Nerlande|Nerland
Sherline|Cherline
Wislande|Wisland
Mireille|Mirèy
Stéphanie|Stephanie
Rachelle|Rachel
Islande|Island
Dieula|Dyeula
Ketly|Kettly
Junie|Juny
Bernadette|Bènadèt
Kettia|Ketia
Vanessa
Marie-Lourdes|Marie Lourdes
Guerda|Gerda
Yveline|Yvline
Immacula|Imacula
Myrtha|Mirta
Sandra
Tamara
Gina
Nicole
Jocelyne|Joceline
"""

HAITIAN_FAMILY = """
Pierre
Joseph
Jean
Louis
Charles
Jean-Baptiste|Jean Baptiste
Dorval
Étienne|Etienne
Augustin
Saint-Fleur|St-Fleur|Saint Fleur
Désir|Desir
Noël|Noel
Alexis
Baptiste
François|Francois
Célestin|Celestin
Dorvil
Toussaint
Michel
Paul
Metellus|Métellus
Jean-Louis|Jean Louis
Saint-Louis|St-Louis|Saint Louis
Estimé|Estime
Philogène|Philogene
Fils-Aimé|Fils Aime
Exantus|Exantis
Dorcéus|Dorceus
"""
