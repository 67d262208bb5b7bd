<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionWords</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Cas</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Show FieldCase in this language</source>
        <translation>Afficher FieldCase dans cette langue</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflits</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts (%Ln)</source>
        <translation>
            <numerusform>&amp;Conflits (%Ln)</numerusform>
            <numerusform>&amp;Conflits (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refused changes</source>
        <translation>&amp;Modifications refusées</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Refused changes (%Ln)</source>
        <translation>
            <numerusform>&amp;Modifications refusées (%Ln)</numerusform>
            <numerusform>&amp;Modifications refusées (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <source>Register a new person</source>
        <translation>Enregistrer une nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print what this person&apos;s referral needs</source>
        <translation>Imprimer la lettre d&apos;orientation de cette personne</translation>
    </message>
    <message>
        <source>Print case s&amp;ummary…</source>
        <translation>Imprimer le rés&amp;umé du cas…</translation>
    </message>
    <message>
        <source>Print what a reader of this case needs, marked confidential</source>
        <translation>Imprimer ce dont le lecteur de ce cas a besoin, marqué confidentiel</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>C&amp;hanger la phrase secrète…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this laptop</source>
        <translation>Choisir une nouvelle phrase secrète pour cet ordinateur</translation>
    </message>
    <message>
        <source>Prepare for &amp;travel…</source>
        <translation>Préparer le v&amp;oyage…</translation>
    </message>
    <message>
        <source>Before a border crossing: erase every case from this laptop once synced; a sync brings them back</source>
        <translation>Avant un passage de frontière : effacer tous les dossiers de cet ordinateur une fois synchronisés ; une synchronisation les ramène</translation>
    </message>
    <message>
        <source>&amp;Duress and quick wipe…</source>
        <translation>&amp;Contrainte et effacement rapide…</translation>
    </message>
    <message>
        <source>Set a duress passphrase; switch the quick wipe on or off</source>
        <translation>Définir une phrase de passe de contrainte ; activer ou désactiver l&apos;effacement rapide</translation>
    </message>
    <message>
        <source>Quick &amp;wipe…</source>
        <translation>Effacement &amp;rapide…</translation>
    </message>
    <message>
        <source>Erase everything on this laptop at once</source>
        <translation>Tout effacer sur cet ordinateur immédiatement</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock FieldCase now</source>
        <translation>Verrouiller FieldCase maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close FieldCase</source>
        <translation>Fermer FieldCase</translation>
    </message>
    <message>
        <source>Sea&amp;rch…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search by name, case number, phone or document</source>
        <translation>Rechercher par nom, numéro de cas, téléphone ou document</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Enregistrer le cas</translation>
    </message>
    <message>
        <source>&amp;Due follow-ups</source>
        <translation>&amp;Suivis à faire</translation>
    </message>
    <message>
        <source>Overdue, today and this week</source>
        <translation>En retard, aujourd&apos;hui et cette semaine</translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation>&amp;File de revue</translation>
    </message>
    <message>
        <source>What waits for a supervisor, in groups with counts</source>
        <translation>Ce qui attend un superviseur, par groupes avec leur nombre</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>The team&apos;s cases counted, in charts to save as PNG or CSV</source>
        <translation>Les cas de l&apos;équipe comptés, en graphiques à enregistrer en PNG ou CSV</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>Agree the case plan or approve the closure it waits for</source>
        <translation>Valider le plan de cas ou approuver la clôture en attente</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>Ren&amp;voyer…</translation>
    </message>
    <message>
        <source>Send the case plan or the closure back, with a comment</source>
        <translation>Renvoyer le plan de cas ou la clôture, avec un commentaire</translation>
    </message>
    <message>
        <source>Ass&amp;ign to…</source>
        <translation>A&amp;ttribuer à…</translation>
    </message>
    <message>
        <source>Give the selected cases to a member of the team</source>
        <translation>Confier les cas sélectionnés à un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Accept trans&amp;fer</source>
        <translation>&amp;Accepter le transfert</translation>
    </message>
    <message>
        <source>Take the case whose transfer waits for your site</source>
        <translation>Prendre le cas dont le transfert attend votre site</translation>
    </message>
    <message>
        <source>Dec&amp;line transfer…</source>
        <translation>Refuser &amp;le transfert…</translation>
    </message>
    <message>
        <source>Leave the case with the team that sent it, saying why</source>
        <translation>Laisser le cas à l’équipe qui l’a envoyé, en disant pourquoi</translation>
    </message>
    <message>
        <source>Transfer to another sit&amp;e…</source>
        <translation>Transférer vers un a&amp;utre site…</translation>
    </message>
    <message>
        <source>Propose moving the case; it moves when a supervisor there accepts</source>
        <translation>Proposer de déplacer le cas ; il part quand un superviseur de là-bas accepte</translation>
    </message>
    <message>
        <source>Es&amp;calate…</source>
        <translation>Faire re&amp;monter…</translation>
    </message>
    <message>
        <source>Raise the case to a supervisor, saying why</source>
        <translation>Faire remonter le cas à un superviseur, en disant pourquoi</translation>
    </message>
    <message>
        <source>Clear escalati&amp;on</source>
        <translation>Cl&amp;ore la remontée</translation>
    </message>
    <message>
        <source>The escalation of the case is dealt with</source>
        <translation>La remontée du cas est traitée</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Who viewed, changed, exported or printed which case, when</source>
        <translation>Qui a consulté, modifié, exporté ou imprimé quel cas, et quand</translation>
    </message>
    <message>
        <source>Rete&amp;ntion…</source>
        <translation>&amp;Conservation…</translation>
    </message>
    <message>
        <source>Closed cases past your organisation&apos;s retention, to remove from this laptop</source>
        <translation>Cas clôturés dont la durée de conservation fixée par votre organisation est dépassée, à retirer de cet ordinateur</translation>
    </message>
    <message>
        <source>Erase t&amp;his person&apos;s record…</source>
        <translation>Effacer le &amp;dossier de cette personne…</translation>
    </message>
    <message>
        <source>Erase the open case here, on the server and on every laptop, at a person&apos;s request</source>
        <translation>Effacer le cas ouvert ici, sur le serveur et sur chaque ordinateur, à la demande d&apos;une personne</translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translation>Envoyer et recevoir les modifications maintenant</translation>
    </message>
    <message>
        <source>Fields changed differently on two laptops</source>
        <translation>Champs modifiés différemment sur deux ordinateurs</translation>
    </message>
    <message>
        <source>Changes the server did not accept, with the reason</source>
        <translation>Modifications que le serveur n&apos;a pas acceptées, avec le motif</translation>
    </message>
    <message>
        <source>&amp;Enrol this laptop…</source>
        <translation>&amp;Inscrire cet ordinateur…</translation>
    </message>
    <message>
        <source>Connect this laptop to your organisation&apos;s server with a one-time code</source>
        <translation>Connecter cet ordinateur au serveur de votre organisation avec un code à usage unique</translation>
    </message>
    <message>
        <source>Sign &amp;in to the server…</source>
        <translation>Se co&amp;nnecter au serveur…</translation>
    </message>
    <message>
        <source>Sign in with your server passphrase</source>
        <translation>Se connecter avec votre phrase secrète du serveur</translation>
    </message>
    <message>
        <source>&amp;About FieldCase</source>
        <translation>À &amp;propos de FieldCase</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version et licences</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>En anglais : %1</translation>
    </message>
    <message>
        <source>⚠ Sensitive: ask in private, with no one else present.</source>
        <translation>⚠ Sensible&#xa0;: posez la question en privé, sans personne d&apos;autre présent.</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>FieldCase — demo</source>
        <translation>FieldCase — démo</translation>
    </message>
    <message numerus="yes">
        <source>Preparing a demo with %Ln fictional case(s)…</source>
        <translation>
            <numerusform>Préparation d&apos;une démo avec %Ln cas fictif…</numerusform>
            <numerusform>Préparation d&apos;une démo avec %Ln cas fictifs…</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo could not be prepared. %1</source>
        <translation>La démo n&apos;a pas pu être préparée. %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>FieldCase — assign cases</source>
        <translation>FieldCase — attribuer des cas</translation>
    </message>
    <message>
        <source>Each case is changed on its own and syncs; a case that cannot be assigned is named with the reason, and the others go.</source>
        <translation>Chaque cas est modifié séparément et se synchronise&#xa0;; un cas qui ne peut pas être attribué est indiqué avec le motif, et les autres sont attribués.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
</context>
<context>
    <name>AssistanceSection</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Fournie par</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Assistance given</source>
        <translation>Assistance fournie</translation>
    </message>
    <message>
        <source>No assistance recorded yet.</source>
        <translation>Aucune assistance enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Record assistance given</source>
        <translation>Enregistrer une assistance fournie</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>Fournie &amp;par</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>D&amp;étails</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>FieldCase — attachment</source>
        <translation>FieldCase — pièce jointe</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This file could not be shown: it may be damaged.</source>
        <translation>Ce fichier n&apos;a pas pu être affiché&#xa0;: il est peut-être endommagé.</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here. FieldCase does not open it in another program, because that would write it to the disk unencrypted.</source>
        <translation>Ce type de fichier ne peut pas être affiché ici. FieldCase ne l&apos;ouvre pas dans un autre programme, car il serait alors écrit sur le disque sans chiffrement.</translation>
    </message>
    <message>
        <source>The first %1 pages of %2.</source>
        <translation>Les %1 premières pages sur %2.</translation>
    </message>
    <message>
        <source>%1 pages.</source>
        <translation>%1 pages.</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Files are added to the case at once, encrypted on this laptop: they do not wait for Save. Select a file and press Enter to view it.</source>
        <translation>Les fichiers sont ajoutés au cas immédiatement, chiffrés sur cet ordinateur&#xa0;: ils n&apos;attendent pas l&apos;enregistrement. Sélectionnez un fichier et appuyez sur Entrée pour l&apos;afficher.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation>Aucun fichier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Ajouter un fichier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>What it shows, e.g. consent form, page 1</source>
        <translation>Ce qu&apos;il montre, p. ex. formulaire de consentement, page 1</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>&amp;Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>or drop a file anywhere on this tab.</source>
        <translation>ou déposez un fichier n&apos;importe où dans cet onglet.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sans libellé)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Image (%1)</source>
        <translation>Image (%1)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Sound (%1)</source>
        <translation>Son (%1)</translation>
    </message>
    <message>
        <source>Video (%1)</source>
        <translation>Vidéo (%1)</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Autre fichier</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Yes, not sent yet</source>
        <translation>Oui, pas encore envoyé</translation>
    </message>
    <message>
        <source>Not yet: the next sync fetches it</source>
        <translation>Pas encore&#xa0;: la prochaine synchronisation le récupère</translation>
    </message>
    <message>
        <source>This file is not on this laptop yet. It comes with the next sync, once there is a connection.</source>
        <translation>Ce fichier n&apos;est pas encore sur cet ordinateur. Il arrivera avec la prochaine synchronisation, dès qu&apos;il y aura une connexion.</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Ouverture du fichier…</translation>
    </message>
    <message>
        <source>This file cannot be read on this laptop: it is damaged, or not fully here yet. Sync, then try again; tell your administrator if it stays so.</source>
        <translation>Ce fichier ne peut pas être lu sur cet ordinateur&#xa0;: il est endommagé, ou pas encore entièrement arrivé. Synchronisez, puis réessayez&#xa0;; prévenez votre administrateur si le problème persiste.</translation>
    </message>
    <message>
        <source>Adding the file…</source>
        <translation>Ajout du fichier…</translation>
    </message>
    <message>
        <source>Added, encrypted on this laptop. It goes to the server with the next sync.</source>
        <translation>Ajouté, chiffré sur cet ordinateur. Il sera envoyé au serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Not added.</source>
        <translation>Non ajouté.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>FieldCase — audit log</source>
        <translation>FieldCase — journal d&apos;audit</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de cas</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>C&amp;ase number</source>
        <translation>&amp;Numéro de cas</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>What was done on this laptop, newest first: case numbers, never names. Enter opens the case. Opening this window is recorded in the log too.</source>
        <translation>Ce qui a été fait sur cet ordinateur, le plus récent d&apos;abord&#xa0;: des numéros de cas, jamais de noms. Entrée ouvre le cas. L&apos;ouverture de cette fenêtre est elle aussi enregistrée dans le journal.</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>N&apos;importe quel jour</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>Aucun événement ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>This event names several cases: open one from the case list.</source>
        <translation>Cet événement concerne plusieurs cas&#xa0;: ouvrez-en un depuis la liste des cas.</translation>
    </message>
    <message>
        <source>This case is no longer on this laptop.</source>
        <translation>Ce cas n&apos;est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This event is not about one case.</source>
        <translation>Cet événement ne concerne pas un cas précis.</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Viewed</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) no longer on this laptop</source>
        <translation>
            <numerusform>%Ln cas qui n&apos;est plus sur cet ordinateur</numerusform>
            <numerusform>%Ln cas qui ne sont plus sur cet ordinateur</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s).</source>
        <translation>
            <numerusform>%Ln événement.</numerusform>
            <numerusform>%Ln événements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln event(s); more load as you scroll down.</source>
        <translation>
            <numerusform>%Ln événement, le plus récent&#xa0;; les suivants se chargent quand vous faites défiler vers le bas.</numerusform>
            <numerusform>Les %Ln événements les plus récents&#xa0;; les suivants se chargent quand vous faites défiler vers le bas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Nothing to count yet.</source>
        <translation>Rien à compter pour l&apos;instant.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Non clôturés</translation>
    </message>
    <message>
        <source>Any, closed too</source>
        <translation>Tous, clôturés compris</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risque&#xa0;:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>not screened</source>
        <translation>pas de repérage</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Flag:</source>
        <translation>Signalement&#xa0;:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Attribué à&#xa0;:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Status: %1 · Stage: %2 · Risk: %3</source>
        <translation>Statut&#xa0;: %1 · Étape&#xa0;: %2 · Risque&#xa0;: %3</translation>
    </message>
    <message>
        <source>not screened</source>
        <translation>pas de repérage</translation>
    </message>
    <message>
        <source>Overdue: %1 — %2</source>
        <translation>En retard&#xa0;: %1 — %2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Overdue: the earliest open task was due on {date}</source>
        <translation>En retard&#xa0;: la première tâche ouverte était due le {date}</translation>
    </message>
    <message>
        <source>{status} · matched on {what}</source>
        <translation>{status} · trouvé par {what}</translation>
    </message>
    <message>
        <source>Overdue · {date}</source>
        <translation>En retard · {date}</translation>
    </message>
    <message>
        <source>Today · {date}</source>
        <translation>Aujourd&apos;hui · {date}</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>numéro de cas</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>numéro de document</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de cas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Modifié le</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>No one found for “{text}”. Check the spelling, or search by phone or document number.</source>
        <translation>Aucune personne trouvée pour «&#xa0;{text}&#xa0;». Vérifiez l&apos;orthographe, ou recherchez par numéro de téléphone ou de document.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;register&quot;&gt;Register “{text}” as a new person&lt;/a&gt; (press Enter in the search box, or Ctrl+N)</source>
        <translation>&lt;a href=&quot;register&quot;&gt;Enregistrer «&#xa0;{text}&#xa0;» comme nouvelle personne&lt;/a&gt; (appuyez sur Entrée dans la zone de recherche, ou Ctrl+N)</translation>
    </message>
    <message>
        <source>No cases yet. Press Ctrl+N to register a person.</source>
        <translation>Aucun cas pour l&apos;instant. Appuyez sur Ctrl+N pour enregistrer une personne.</translation>
    </message>
    <message>
        <source>Nothing matches these filters — &lt;a href=&quot;clear&quot;&gt;clear filters&lt;/a&gt;</source>
        <translation>Rien ne correspond à ces filtres — &lt;a href=&quot;clear&quot;&gt;effacer les filtres&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No cases in this list.</source>
        <translation>Aucun cas dans cette liste.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the case (%1)</source>
        <translation>Enregistrer le cas (%1)</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>Ouverture du cas…</translation>
    </message>
    <message>
        <source>This case changed while you were editing: %1. Your edits are kept; if you save them, both values are kept for you to settle in Conflicts.</source>
        <translation>Ce cas a été modifié pendant que vous le modifiiez&#xa0;: %1. Vos modifications sont conservées&#xa0;; si vous les enregistrez, les deux valeurs sont gardées pour que vous tranchiez dans Conflits.</translation>
    </message>
    <message>
        <source>Choose a saved referral in the list, then print its letter.</source>
        <translation>Choisissez une orientation enregistrée dans la liste, puis imprimez sa lettre.</translation>
    </message>
    <message>
        <source>Case %1 was erased from this laptop. The next sync erases it on the server and every other laptop.</source>
        <translation>Le cas %1 a été effacé de cet ordinateur. La prochaine synchronisation l&apos;efface sur le serveur et sur tous les autres ordinateurs.</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>Rien à enregistrer&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>This case changed while you were editing: %1 — both values are kept; see Conflicts to choose.</source>
        <translation>Ce cas a été modifié pendant que vous le modifiiez&#xa0;: %1 — les deux valeurs sont gardées&#xa0;; voir Conflits pour choisir.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>%1 See: %2.</source>
        <translation>%1 Voir&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Select a case in the list and press Enter to open it.</source>
        <translation>Sélectionnez un cas dans la liste et appuyez sur Entrée pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <source>FieldCase — case summary</source>
        <translation>FieldCase — résumé du cas</translation>
    </message>
    <message>
        <source>This is everything the summary shows. Print it, or save it as a PDF where you choose; either asks for your passphrase and is recorded in the audit log.</source>
        <translation>Voici tout ce que montre le résumé. Imprimez-le, ou enregistrez-le en PDF à l&apos;endroit de votre choix ; dans les deux cas votre phrase secrète est demandée et l&apos;action est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>&amp;Include who the person is (name, age, nationality, languages)</source>
        <translation>&amp;Inclure l&apos;identité de la personne (nom, âge, nationalité, langues)</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Résumé du cas</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print the case summary</source>
        <translation>Imprimer le résumé du cas</translation>
    </message>
    <message>
        <source>Save the case summary</source>
        <translation>Enregistrer le résumé du cas</translation>
    </message>
    <message>
        <source>case-summary.pdf</source>
        <translation>resume-du-cas.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be saved there.</source>
        <translation>Le résumé n&apos;a pas pu être enregistré à cet endroit.</translation>
    </message>
    <message>
        <source>The printer could not be reached.</source>
        <translation>L&apos;imprimante est injoignable.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>FieldCase — change passphrase</source>
        <translation>FieldCase — changer la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Phrase secrète &amp;actuelle</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Changer votre phrase secrète</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The new passphrase opens this laptop from the next unlock on; the old one no longer does. A few random words you can remember work well. Your server passphrase does not change.</source>
        <translation>La nouvelle phrase secrète ouvre cet ordinateur dès le prochain déverrouillage&#xa0;; l&apos;ancienne ne fonctionne plus. Quelques mots au hasard dont vous vous souvenez font une bonne phrase. Votre phrase secrète du serveur ne change pas.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Changement…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one the next time you unlock.</source>
        <translation>Votre phrase secrète est changée. Utilisez la nouvelle au prochain déverrouillage.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Enregistrer en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Enregistrer en CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved there.</source>
        <translation>Le graphique n&apos;a pas pu être enregistré à cet endroit.</translation>
    </message>
    <message>
        <source>Save the counts as CSV</source>
        <translation>Enregistrer les nombres en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The counts could not be saved there.</source>
        <translation>Les nombres n&apos;ont pas pu être enregistrés à cet endroit.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>FieldCase — conflicts</source>
        <translation>FieldCase — conflits</translation>
    </message>
    <message>
        <source>These fields were changed differently on two laptops before they synced. Both values are kept, and the case shows the one marked “shown now” until someone decides. Select the value that is right and keep it; the choice syncs to every laptop.</source>
        <translation>Ces champs ont été modifiés différemment sur deux ordinateurs avant leur synchronisation. Les deux valeurs sont gardées, et le cas affiche celle marquée «&#xa0;affichée&#xa0;» jusqu&apos;à ce que quelqu&apos;un décide. Sélectionnez la bonne valeur et gardez-la&#xa0;; ce choix se synchronise sur tous les ordinateurs.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Aucun conflit en cours.</translation>
    </message>
    <message>
        <source>Keep the selected value</source>
        <translation>Garder la valeur sélectionnée</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(fiche entière)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(not on this laptop)</source>
        <translation>(pas sur cet ordinateur)</translation>
    </message>
    <message>
        <source>✓ shown now</source>
        <translation>✓ affichée</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Ask before recording more than the minimum. Tick what the person agrees to; consent to a referral is asked for each service when referring.</source>
        <translation>Demandez avant d&apos;enregistrer plus que le minimum. Cochez ce que la personne accepte&#xa0;; le consentement à une orientation est demandé pour chaque service au moment de l&apos;orientation.</translation>
    </message>
    <message>
        <source>&amp;Registration: keep a record to help them</source>
        <translation>En&amp;registrement&#xa0;: garder une fiche pour l&apos;aider</translation>
    </message>
    <message>
        <source>Follow-up &amp;contact</source>
        <translation>&amp;Contact de suivi</translation>
    </message>
    <message>
        <source>Anonymous s&amp;tatistics</source>
        <translation>Statisti&amp;ques anonymes</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>&amp;Donné par</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>For&amp;me</translation>
    </message>
</context>
<context>
    <name>ConsentsSection</name>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Donné par</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Finalité</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>Donné &amp;par</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>F&amp;orme</translation>
    </message>
    <message>
        <source>Given &amp;on</source>
        <translation>Donné &amp;le</translation>
    </message>
    <message>
        <source>Withdrawn on %1 (given on %2)</source>
        <translation>Retiré le %1 (donné le %2)</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>Donné le %1</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (pas encore enregistré)</translation>
    </message>
    <message>
        <source>&amp;Keep the consent</source>
        <translation>&amp;Garder le consentement</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>0 to 1 day</source>
        <translation>0 à 1 jour</translation>
    </message>
    <message>
        <source>2 to 7 days</source>
        <translation>2 à 7 jours</translation>
    </message>
    <message>
        <source>8 to 30 days</source>
        <translation>8 à 30 jours</translation>
    </message>
    <message>
        <source>More than 30 days</source>
        <translation>Plus de 30 jours</translation>
    </message>
    <message>
        <source>No case has had assistance recorded yet.</source>
        <translation>Aucun cas n&apos;a encore d&apos;assistance enregistrée.</translation>
    </message>
    <message>
        <source>Nobody (intake)</source>
        <translation>Non attribué (accueil)</translation>
    </message>
    <message>
        <source>Cases by stage</source>
        <translation>Cas par étape</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Cas par statut</translation>
    </message>
    <message>
        <source>Every case, closed ones too.</source>
        <translation>Tous les cas, clôturés compris.</translation>
    </message>
    <message>
        <source>Cases by risk</source>
        <translation>Cas par niveau de risque</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Pas de repérage</translation>
    </message>
    <message>
        <source>Cases by site</source>
        <translation>Cas par site</translation>
    </message>
    <message>
        <source>Cases by nationality</source>
        <translation>Cas par nationalité</translation>
    </message>
    <message>
        <source>New cases per week</source>
        <translation>Nouveaux cas par semaine</translation>
    </message>
    <message>
        <source>By registration date, the last 12 weeks.</source>
        <translation>Par date d&apos;enregistrement, sur les 12 dernières semaines.</translation>
    </message>
    <message>
        <source>Days from registration to first assistance</source>
        <translation>Jours entre l&apos;enregistrement et la première assistance</translation>
    </message>
    <message>
        <source>Referral outcomes</source>
        <translation>Résultats des orientations</translation>
    </message>
    <message>
        <source>Every referral, closed cases&apos; too.</source>
        <translation>Toutes les orientations, y compris celles des cas clôturés.</translation>
    </message>
    <message>
        <source>Open cases per worker</source>
        <translation>Cas ouverts par agent</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>FieldCase — dashboard</source>
        <translation>FieldCase — tableau de bord</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Counted on %1.</source>
        <translation>Compté le %1.</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Put back what you typed and did not save</source>
        <translation>Remettre ce que vous avez saisi sans l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete what you typed and did not save</source>
        <translation>Supprimer ce que vous avez saisi sans l&apos;enregistrer</translation>
    </message>
    <message>
        <source>You have unsaved changes from %1.</source>
        <translation>Vous avez des modifications non enregistrées (%1).</translation>
    </message>
</context>
<context>
    <name>DraftWords</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>il y a %Ln minute</numerusform>
            <numerusform>il y a %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>il y a %Ln heure</numerusform>
            <numerusform>il y a %Ln heures</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>FieldCase — follow-ups due</source>
        <translation>FieldCase — suivis à faire</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>What is due</source>
        <translation>Ce qui est à faire</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>A person&apos;s name shows on the selected row only. Enter opens the case.</source>
        <translation>Le nom d&apos;une personne n&apos;apparaît que sur la ligne sélectionnée. Entrée ouvre le cas.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Nothing is due in the next %1 days, and nothing is overdue. Follow-ups are the tasks of a case&apos;s plan.</source>
        <translation>Rien n&apos;est à faire dans les %1 prochains jours, et rien n&apos;est en retard. Les suivis sont les tâches du plan d&apos;un cas.</translation>
    </message>
</context>
<context>
    <name>DueWords</name>
    <message numerus="yes">
        <source>Overdue (%Ln)</source>
        <translation>
            <numerusform>En retard (%Ln)</numerusform>
            <numerusform>En retard (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due today (%Ln)</source>
        <translation>
            <numerusform>À faire aujourd&apos;hui (%Ln)</numerusform>
            <numerusform>À faire aujourd&apos;hui (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in the next %1 days (%Ln)</source>
        <translation>
            <numerusform>À faire dans les %1 prochains jours (%Ln)</numerusform>
            <numerusform>À faire dans les %1 prochains jours (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>%Ln jour de retard</numerusform>
            <numerusform>%Ln jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message numerus="yes">
        <source>In %Ln day(s)</source>
        <translation>
            <numerusform>Dans %Ln jour</numerusform>
            <numerusform>Dans %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln pour aujourd&apos;hui</numerusform>
            <numerusform>%Ln pour aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the next %1 days</source>
        <translation>
            <numerusform>%Ln dans les %1 prochains jours</numerusform>
            <numerusform>%Ln dans les %1 prochains jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>The follow-ups of %Ln more case(s) are due but not listed: the earliest come first.</source>
        <translation>
            <numerusform>Les suivis de %Ln autre cas sont à faire mais ne sont pas listés&#xa0;: les plus urgents viennent en premier.</numerusform>
            <numerusform>Les suivis de %Ln autres cas sont à faire mais ne sont pas listés&#xa0;: les plus urgents viennent en premier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmergencyDesk</name>
    <message>
        <source>FieldCase — quick wipe</source>
        <translation>FieldCase — effacement rapide</translation>
    </message>
    <message>
        <source>Erase everything on this laptop now? Cases, attachments and keys are destroyed at once; what was not synced is lost.</source>
        <translation>Tout effacer sur cet ordinateur maintenant ? Dossiers, pièces jointes et clés sont détruits immédiatement ; ce qui n&apos;a pas été synchronisé est perdu.</translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>Effacer maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>FieldCase — enrol this laptop</source>
        <translation>FieldCase — inscrire cet ordinateur</translation>
    </message>
    <message>
        <source>Enrol this laptop with your organisation&apos;s server</source>
        <translation>Inscrire cet ordinateur auprès du serveur de votre organisation</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your administrator gives you three things: the server&apos;s address, a one-time code, and the server key&apos;s fingerprint. Keep the fingerprint at hand: you will compare it in the next step.</source>
        <translation>Votre administrateur vous donne trois choses&#xa0;: l&apos;adresse du serveur, un code à usage unique et l&apos;empreinte de la clé du serveur. Gardez l&apos;empreinte sous la main&#xa0;: vous la comparerez à l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>https://cases.example.org</source>
        <translation>https://cases.example.org</translation>
    </message>
    <message>
        <source>XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Adresse du serveur</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>&amp;Code à usage unique</translation>
    </message>
    <message>
        <source>Server key fingerprint</source>
        <translation>Empreinte de la clé du serveur</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your administrator gave you: every letter and digit must be the same. If they differ, someone may be answering in the server&apos;s place: choose &quot;They do not match&quot; and tell your administrator.</source>
        <translation>Comparez-la avec l&apos;empreinte donnée par votre administrateur&#xa0;: chaque lettre et chaque chiffre doivent être identiques. Si elles diffèrent, quelqu&apos;un répond peut-être à la place du serveur&#xa0;: choisissez «&#xa0;Elles ne correspondent pas&#xa0;» et prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>They do &amp;not match</source>
        <translation>Elles ne correspondent &amp;pas</translation>
    </message>
    <message>
        <source>Nothing was kept. Tell your administrator that the fingerprint did not match; they should revoke the enrolment that code made and give you a new code.</source>
        <translation>Rien n&apos;a été gardé. Dites à votre administrateur que l&apos;empreinte ne correspondait pas&#xa0;; il doit révoquer l&apos;inscription faite avec ce code et vous donner un nouveau code.</translation>
    </message>
    <message>
        <source>The server at %1 showed this key fingerprint:</source>
        <translation>Le serveur à l&apos;adresse %1 a présenté cette empreinte de clé&#xa0;:</translation>
    </message>
    <message>
        <source>This laptop is enrolled. Its first sync starts now; after that it syncs on its own whenever there is a connection.</source>
        <translation>Cet ordinateur est inscrit. Sa première synchronisation commence maintenant&#xa0;; ensuite il se synchronise tout seul dès qu&apos;il y a une connexion.</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>They &amp;match: enrol</source>
        <translation>Elles &amp;correspondent&#xa0;: inscrire</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Inscription…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>FieldCase — erase a record</source>
        <translation>FieldCase — effacer un dossier</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>Votre &amp;phrase secrète</translation>
    </message>
    <message>
        <source>Erase case %1</source>
        <translation>Effacer le cas %1</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Everything about this person in case %1 is erased from this laptop now, and from the server and every other laptop at their next sync: details, notes, attachments, history. It cannot be undone. The audit log keeps the case number and your reason. Type your passphrase again to confirm it is you.</source>
        <translation>Tout ce qui concerne cette personne dans le cas %1 est effacé de cet ordinateur maintenant, puis du serveur et de chaque autre ordinateur à leur prochaine synchronisation : données, notes, pièces jointes, historique. C&apos;est irréversible. Le journal d&apos;audit garde le numéro du cas et votre motif. Saisissez de nouveau votre phrase secrète pour confirmer que c&apos;est bien vous.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>EvidenceWords</name>
    <message>
        <source>Same name</source>
        <translation>Même nom</translation>
    </message>
    <message>
        <source>Same name in another script (%1 ~ %2)</source>
        <translation>Même nom dans une autre écriture (%1 ~ %2)</translation>
    </message>
    <message>
        <source>Names sound alike (%1 ~ %2)</source>
        <translation>Noms qui se prononcent de la même façon (%1 ~ %2)</translation>
    </message>
    <message>
        <source>Names somewhat alike (%1 ~ %2)</source>
        <translation>Noms assez proches (%1 ~ %2)</translation>
    </message>
    <message>
        <source>Names differ</source>
        <translation>Noms différents</translation>
    </message>
    <message>
        <source>Same date of birth</source>
        <translation>Même date de naissance</translation>
    </message>
    <message>
        <source>Same date of birth, but 1 January (often written when only the year is known)</source>
        <translation>Même date de naissance, mais le 1er janvier (souvent noté quand seule l&apos;année est connue)</translation>
    </message>
    <message>
        <source>Same date of birth with day and month swapped</source>
        <translation>Même date de naissance avec jour et mois inversés</translation>
    </message>
    <message>
        <source>Born in the same year</source>
        <translation>Nés la même année</translation>
    </message>
    <message>
        <source>Born a year apart</source>
        <translation>Nés à un an d&apos;écart</translation>
    </message>
    <message>
        <source>Different dates of birth</source>
        <translation>Dates de naissance différentes</translation>
    </message>
    <message>
        <source>Estimated ages fit each other</source>
        <translation>Les âges estimés concordent</translation>
    </message>
    <message>
        <source>Estimated ages far apart</source>
        <translation>Âges estimés très éloignés</translation>
    </message>
    <message>
        <source>Age estimate %1 fits the date of birth</source>
        <translation>L&apos;âge estimé %1 concorde avec la date de naissance</translation>
    </message>
    <message>
        <source>Age estimate %1 does not fit the date of birth</source>
        <translation>L&apos;âge estimé %1 ne concorde pas avec la date de naissance</translation>
    </message>
    <message>
        <source>Same document number</source>
        <translation>Même numéro de document</translation>
    </message>
    <message>
        <source>Document numbers the same except for O/0 or I/1</source>
        <translation>Numéros de document identiques à O/0 ou I/1 près</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Même numéro de téléphone</translation>
    </message>
    <message>
        <source>Same nationality (%1)</source>
        <translation>Même nationalité (%1)</translation>
    </message>
    <message>
        <source>Different nationality (%1 / %2)</source>
        <translation>Nationalité différente (%1 / %2)</translation>
    </message>
    <message>
        <source>Different sex recorded</source>
        <translation>Sexe enregistré différent</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Functioning</source>
        <translation>Fonctionnement</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Interprète nécessaire</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>Langue de l&apos;entretien</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Document d&apos;identité</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <source>Document issued by</source>
        <translation>Document délivré par</translation>
    </message>
    <message>
        <source>Who holds the document</source>
        <translation>Qui détient le document</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de cas</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Transfer to another site</source>
        <translation>Transfert vers un autre site</translation>
    </message>
    <message>
        <source>Declined transfer</source>
        <translation>Transfert refusé</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Remontée au superviseur</translation>
    </message>
    <message>
        <source>Stage of migration</source>
        <translation>Étape de la migration</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Leg started on</source>
        <translation>Début de l&apos;étape</translation>
    </message>
    <message>
        <source>Leg ended on</source>
        <translation>Fin de l&apos;étape</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyen de transport</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>Version du questionnaire</translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation>Repérage du</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Level and reasons</source>
        <translation>Niveau et raisons</translation>
    </message>
    <message>
        <source>Kind of assistance</source>
        <translation>Type d&apos;assistance</translation>
    </message>
    <message>
        <source>Assistance date</source>
        <translation>Date de l&apos;assistance</translation>
    </message>
    <message>
        <source>Assistance given by</source>
        <translation>Assistance fournie par</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Motif de l&apos;orientation</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Orienté le</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>Statut de l&apos;orientation</translation>
    </message>
    <message>
        <source>Consent to this referral</source>
        <translation>Consentement à cette orientation</translation>
    </message>
    <message>
        <source>Consent purpose</source>
        <translation>Finalité du consentement</translation>
    </message>
    <message>
        <source>Service consented to</source>
        <translation>Service visé par le consentement</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Consentement donné par</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Formulaire de consentement</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Intitulé de la tâche</translation>
    </message>
    <message>
        <source>Task due date</source>
        <translation>Échéance de la tâche</translation>
    </message>
    <message>
        <source>Task assigned to</source>
        <translation>Tâche attribuée à</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Tâche faite</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentielle</translation>
    </message>
    <message>
        <source>Note written by</source>
        <translation>Note écrite par</translation>
    </message>
    <message>
        <source>Note written on</source>
        <translation>Note écrite le</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Linked case</source>
        <translation>Cas relié</translation>
    </message>
    <message>
        <source>Household member&apos;s name</source>
        <translation>Nom du membre du ménage</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>File contents</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <source>File label</source>
        <translation>Libellé du fichier</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message>
        <source>Please correct the fields marked above.</source>
        <translation>Veuillez corriger les champs signalés ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>Trop de phrases secrètes erronées. Réessayez dans %Ln seconde.</numerusform>
            <numerusform>Trop de phrases secrètes erronées. Réessayez dans %Ln secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>Trop de tentatives échouées. Réessayez dans %Ln seconde.</numerusform>
            <numerusform>Trop de tentatives échouées. Réessayez dans %Ln secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Saisissez votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>HeaderWords</name>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln suivi</numerusform>
            <numerusform>%Ln suivis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the oldest by %Ln day(s)</source>
        <translation>
            <numerusform>le plus ancien depuis %Ln jour</numerusform>
            <numerusform>le plus ancien depuis %Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>What was done to this case on this laptop. Other laptops keep their own history.</source>
        <translation>Ce qui a été fait sur ce cas sur cet ordinateur. Les autres ordinateurs gardent leur propre historique.</translation>
    </message>
    <message>
        <source>The newest %1 events are listed; older ones are in the audit log.</source>
        <translation>Les %1 événements les plus récents sont listés&#xa0;; les plus anciens sont dans le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Registered the person</source>
        <translation>Enregistrement de la personne</translation>
    </message>
    <message>
        <source>Opened the case</source>
        <translation>Ouverture du cas</translation>
    </message>
    <message>
        <source>Changed the case</source>
        <translation>Modification du cas</translation>
    </message>
    <message>
        <source>Proposed a transfer to another site</source>
        <translation>A proposé un transfert vers un autre site</translation>
    </message>
    <message>
        <source>Withdrew the transfer</source>
        <translation>A retiré le transfert</translation>
    </message>
    <message>
        <source>Accepted the transfer to this site</source>
        <translation>A accepté le transfert vers ce site</translation>
    </message>
    <message>
        <source>Declined the transfer</source>
        <translation>A refusé le transfert</translation>
    </message>
    <message>
        <source>Escalated the case to a supervisor</source>
        <translation>A fait remonter le cas à un superviseur</translation>
    </message>
    <message>
        <source>Cleared the escalation</source>
        <translation>A clos la remontée</translation>
    </message>
    <message>
        <source>Removed an entry</source>
        <translation>Suppression d&apos;une entrée</translation>
    </message>
    <message>
        <source>Removed the case from this laptop</source>
        <translation>Retrait du cas de cet ordinateur</translation>
    </message>
    <message>
        <source>Added a file</source>
        <translation>Ajout d&apos;un fichier</translation>
    </message>
    <message>
        <source>Looked at a file</source>
        <translation>Consultation d&apos;un fichier</translation>
    </message>
    <message>
        <source>Removed a file</source>
        <translation>Suppression d&apos;un fichier</translation>
    </message>
    <message>
        <source>Settled a conflict</source>
        <translation>Résolution d&apos;un conflit</translation>
    </message>
    <message>
        <source>Printed a referral</source>
        <translation>Impression d&apos;une orientation</translation>
    </message>
    <message>
        <source>Printed a case summary</source>
        <translation>A imprimé un résumé du cas</translation>
    </message>
    <message>
        <source>Sent a refused change again</source>
        <translation>Nouvel envoi d&apos;une modification refusée</translation>
    </message>
    <message>
        <source>Dropped a refused change</source>
        <translation>Abandon d&apos;une modification refusée</translation>
    </message>
    <message>
        <source>Exported cases</source>
        <translation>Export de cas</translation>
    </message>
    <message>
        <source>Exported everything held about the person (subject access)</source>
        <translation>Export de tout ce qui est détenu sur la personne (droit d&apos;accès)</translation>
    </message>
    <message>
        <source>Wrote an anonymised report (HTCDS)</source>
        <translation>Rapport anonymisé produit (HTCDS)</translation>
    </message>
    <message>
        <source>Wrote an anonymised report (HXL)</source>
        <translation>Rapport anonymisé produit (HXL)</translation>
    </message>
    <message>
        <source>Saved a dashboard chart</source>
        <translation>A enregistré un graphique du tableau de bord</translation>
    </message>
    <message>
        <source>Unlocked FieldCase</source>
        <translation>Déverrouillage de FieldCase</translation>
    </message>
    <message>
        <source>Opened the audit log</source>
        <translation>Ouverture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Signed in to the server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>Synced with the server</source>
        <translation>Synchronisation avec le serveur</translation>
    </message>
    <message>
        <source>Kept a draft</source>
        <translation>Brouillon gardé</translation>
    </message>
    <message>
        <source>Discarded a draft</source>
        <translation>Brouillon supprimé</translation>
    </message>
    <message>
        <source>Added a user to this laptop</source>
        <translation>Ajout d&apos;un utilisateur sur cet ordinateur</translation>
    </message>
    <message>
        <source>Removed a user from this laptop</source>
        <translation>Retrait d&apos;un utilisateur de cet ordinateur</translation>
    </message>
    <message>
        <source>Set up FieldCase on this laptop</source>
        <translation>Configuration de FieldCase sur cet ordinateur</translation>
    </message>
    <message>
        <source>Added demonstration cases</source>
        <translation>Ajout de cas de démonstration</translation>
    </message>
    <message>
        <source>Another action (%1)</source>
        <translation>Autre action (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln record(s))</source>
        <translation>
            <numerusform>%1 (%Ln fiche)</numerusform>
            <numerusform>%1 (%Ln fiches)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln case(s))</source>
        <translation>
            <numerusform>%1 (%Ln cas)</numerusform>
            <numerusform>%1 (%Ln cas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln conflict(s) to settle</source>
        <translation>
            <numerusform>%1, %Ln conflit à résoudre</numerusform>
            <numerusform>%1, %Ln conflits à résoudre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdSection</name>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Name or case</source>
        <translation>Nom ou cas</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>No household members or companions recorded.</source>
        <translation>Aucun membre du ménage ni accompagnant enregistré.</translation>
    </message>
    <message>
        <source>Link a member</source>
        <translation>Relier un membre</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>FC-…</source>
        <translation>FC-…</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Trouver</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Their own &amp;case number</source>
        <translation>Son propre numéro de &amp;cas</translation>
    </message>
    <message>
        <source>Their own case number</source>
        <translation>Son propre numéro de cas</translation>
    </message>
    <message>
        <source>(name not given)</source>
        <translation>(nom non donné)</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>cas %1</translation>
    </message>
    <message>
        <source>a linked case you cannot open</source>
        <translation>un cas lié que vous ne pouvez pas ouvrir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Guardian: %1.</source>
        <translation>Tuteur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No guardian recorded: link the guardian below, or say why there is none in a note.</source>
        <translation>Aucun tuteur enregistré&#xa0;: reliez le tuteur ci-dessous, ou expliquez dans une note pourquoi il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>⚑ %1. %2</source>
        <translation>⚑ %1. %2</translation>
    </message>
    <message>
        <source>Linked to case %1.</source>
        <translation>Relié au cas %1.</translation>
    </message>
</context>
<context>
    <name>JourneySection</name>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>No journey recorded yet.</source>
        <translation>Aucun parcours enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>&amp;Correct the selected leg</source>
        <translation>&amp;Corriger le tronçon sélectionné</translation>
    </message>
    <message>
        <source>Add a &amp;new leg</source>
        <translation>Ajouter un &amp;nouveau tronçon</translation>
    </message>
    <message>
        <source>New leg</source>
        <translation>Nouveau tronçon</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>toujours sur place</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>É&amp;tape migratoire</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>P&amp;ays</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Means</source>
        <translation>&amp;Moyen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(place not given)</source>
        <translation>(lieu non donné)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>Correct this leg</source>
        <translation>Corriger ce tronçon</translation>
    </message>
</context>
<context>
    <name>LeaseWords</name>
    <message numerus="yes">
        <source>Sync within %Ln day(s): after that this laptop will ask you to sign in to the server before anything else.</source>
        <translation>
            <numerusform>Synchronisez d&apos;ici %Ln jour&#xa0;: ensuite cet ordinateur vous demandera de vous connecter au serveur avant toute chose.</numerusform>
            <numerusform>Synchronisez d&apos;ici %Ln jours&#xa0;: ensuite cet ordinateur vous demandera de vous connecter au serveur avant toute chose.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is behind a time it has already seen; connect and sign in to the server before working on cases (it will say how far off the clock is).</source>
        <translation>L&apos;horloge de cet ordinateur est en retard sur une heure qu&apos;il a déjà vue&#xa0;; connectez-vous au réseau et au serveur avant de travailler sur les cas (il indiquera l&apos;écart de l&apos;horloge).</translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s); connect and sign in to the server before working on cases.</source>
        <translation>
            <numerusform>Cet ordinateur n&apos;a pas été en ligne depuis %Ln jour&#xa0;; connectez-vous au réseau et au serveur avant de travailler sur les cas.</numerusform>
            <numerusform>Cet ordinateur n&apos;a pas été en ligne depuis %Ln jours&#xa0;; connectez-vous au réseau et au serveur avant de travailler sur les cas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterWords</name>
    <message>
        <source>about %1 years</source>
        <translation>environ %1 ans</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>Né(e) le / âge</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Given on %1 (%2, %3)</source>
        <translation>Donné le %1 (%2, %3)</translation>
    </message>
    <message>
        <source>No consent to this referral is recorded.</source>
        <translation>Aucun consentement à cette orientation n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Case number to quote</source>
        <translation>Numéro de cas à rappeler</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Orienté le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Consent to this referral</source>
        <translation>Consentement à cette orientation</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orienté par</translation>
    </message>
    <message>
        <source>%1, site %2</source>
        <translation>%1, site %2</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Orientation vers %1</translation>
    </message>
    <message>
        <source>Confidential: for the receiving service only. Do not copy or pass on.</source>
        <translation>Confidentiel&#xa0;: réservé au service destinataire. Ne pas copier ni transmettre.</translation>
    </message>
    <message>
        <source>The person referred</source>
        <translation>La personne orientée</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Motif de l&apos;orientation</translation>
    </message>
    <message>
        <source>The referral</source>
        <translation>L&apos;orientation</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>Le service</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FieldCase — %1 — demo</source>
        <translation>FieldCase — %1 — démo</translation>
    </message>
    <message>
        <source>FieldCase — %1</source>
        <translation>FieldCase — %1</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3)</source>
        <translation>Connecté en tant que %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Close FieldCase</source>
        <translation>Fermer FieldCase</translation>
    </message>
    <message>
        <source>Your unsaved changes could not be kept as a draft: %1 Close anyway and lose them?</source>
        <translation>Vos modifications non enregistrées n&apos;ont pas pu être gardées comme brouillon&#xa0;: %1 Fermer quand même et les perdre&#xa0;?</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Fermer et les perdre</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <source>About FieldCase</source>
        <translation>À propos de FieldCase</translation>
    </message>
    <message>
        <source>FieldCase %1: offline case management for frontline workers protecting people on the move. Free software under the GNU LGPL, version 3 or later.</source>
        <translation>FieldCase %1&#xa0;: gestion de cas hors ligne pour les agents de terrain qui protègent les personnes en déplacement. Logiciel libre sous licence GNU LGPL, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>Sign in to see cases</source>
        <translation>Connectez-vous pour voir les cas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln trouvé</numerusform>
            <numerusform>%Ln trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) · %1 overdue</source>
        <translation>
            <numerusform>%Ln cas · %1 en retard</numerusform>
            <numerusform>%Ln cas · %1 en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <source>%1 (also %2)</source>
        <translation>%1 (aussi %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>This registration</source>
        <translation>Cet enregistrement</translation>
    </message>
    <message>
        <source>Why it may be the same person:</source>
        <translation>Pourquoi il peut s&apos;agir de la même personne&#xa0;:</translation>
    </message>
    <message>
        <source>Same person: open %1</source>
        <translation>Même personne&#xa0;: ouvrir %1</translation>
    </message>
    <message>
        <source>Different person: continue</source>
        <translation>Personne différente&#xa0;: continuer</translation>
    </message>
    <message>
        <source>Possible match %1</source>
        <translation>Correspondance possible %1</translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <source>Already registered?</source>
        <translation>Déjà enregistrée&#xa0;?</translation>
    </message>
    <message>
        <source>Type the person&apos;s name: people already registered on this laptop who may be them are shown here before you save.</source>
        <translation>Saisissez le nom de la personne&#xa0;: les personnes déjà enregistrées sur cet ordinateur qui pourraient être elle s&apos;affichent ici avant l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Looking for people already registered…</source>
        <translation>Recherche des personnes déjà enregistrées…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible match(es). Compare, then say for each whether it is the same person.</source>
        <translation>
            <numerusform>%Ln correspondance possible. Comparez, puis indiquez pour chacune s&apos;il s&apos;agit de la même personne.</numerusform>
            <numerusform>%Ln correspondances possibles. Comparez, puis indiquez pour chacune s&apos;il s&apos;agit de la même personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every possible match is marked as a different person: you can register.</source>
        <translation>Chaque correspondance possible est marquée comme une personne différente&#xa0;: vous pouvez enregistrer.</translation>
    </message>
    <message>
        <source>No one already registered on this laptop looks like this person.</source>
        <translation>Personne parmi les personnes déjà enregistrées sur cet ordinateur ne ressemble à cette personne.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in cases you cannot open: ask your supervisor.</source>
        <translation>
            <numerusform>%Ln de plus dans des cas que vous ne pouvez pas ouvrir&#xa0;: demandez à votre superviseur.</numerusform>
            <numerusform>%Ln de plus dans des cas que vous ne pouvez pas ouvrir&#xa0;: demandez à votre superviseur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as a different person: %1</source>
        <translation>Marquée comme personne différente&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MatchWords</name>
    <message numerus="yes">
        <source>about %Ln year(s) old</source>
        <translation>
            <numerusform>environ %Ln an</numerusform>
            <numerusform>environ %Ln ans</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>FieldCase is locked. Unlock it to continue.</source>
        <translation>FieldCase est verrouillé. Déverrouillez-le pour continuer.</translation>
    </message>
    <message>
        <source>That case is not on this device. It may have been erased, or not synced yet.</source>
        <translation>Ce cas n&apos;est pas sur cet appareil. Il a peut-être été effacé, ou pas encore synchronisé.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein, rien n&apos;a donc été enregistré. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The case store is damaged. Do not delete anything; contact your administrator.</source>
        <translation>La base des cas est endommagée. Ne supprimez rien&#xa0;; contactez votre administrateur.</translation>
    </message>
    <message>
        <source>The case store can only be read here, so nothing was saved. Contact your administrator.</source>
        <translation>La base des cas ne peut être que lue ici, rien n&apos;a donc été enregistré. Contactez votre administrateur.</translation>
    </message>
    <message>
        <source>The case store could not be upgraded. Contact your administrator.</source>
        <translation>La base des cas n&apos;a pas pu être mise à niveau. Contactez votre administrateur.</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>Nom d&apos;utilisateur ou phrase secrète incorrects.</translation>
    </message>
    <message>
        <source>That is not your server passphrase. Check it and try again (it is the one your administrator set on the server, not this laptop&apos;s).</source>
        <translation>Ce n&apos;est pas votre phrase secrète du serveur. Vérifiez-la et réessayez (c&apos;est celle que votre administrateur a définie sur le serveur, pas celle de cet ordinateur).</translation>
    </message>
    <message>
        <source>No connection. Your changes are kept on this laptop; sync again later.</source>
        <translation>Pas de connexion. Vos modifications sont gardées sur cet ordinateur&#xa0;; synchronisez plus tard.</translation>
    </message>
    <message>
        <source>The server did not accept this laptop&apos;s sign-in. Your changes are kept on this laptop; ask your administrator to enrol it again.</source>
        <translation>Le serveur n&apos;a pas accepté l&apos;identification de cet ordinateur. Vos modifications sont gardées sur cet ordinateur&#xa0;; demandez à votre administrateur de l&apos;inscrire à nouveau.</translation>
    </message>
    <message>
        <source>The server had a problem. Your changes are kept on this laptop; sync again later.</source>
        <translation>Le serveur a rencontré un problème. Vos modifications sont gardées sur cet ordinateur&#xa0;; synchronisez plus tard.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. Your changes are kept on this laptop; tell your administrator if this keeps happening.</source>
        <translation>La réponse du serveur n&apos;a pas pu être comprise. Vos modifications sont gardées sur cet ordinateur&#xa0;; prévenez votre administrateur si cela se reproduit.</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing was lost.</source>
        <translation>Synchronisation annulée. Rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>This laptop&apos;s cases are older than what it already sent to the server: changes made here before are missing on this laptop (the server still has them). Nothing was sent. Stop working on this laptop&apos;s cases and tell your administrator.</source>
        <translation>Les cas de cet ordinateur sont plus anciens que ce qu&apos;il a déjà envoyé au serveur&#xa0;: des modifications faites ici auparavant manquent sur cet ordinateur (le serveur les a toujours). Rien n&apos;a été envoyé. Arrêtez de travailler sur les cas de cet ordinateur et prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>Your organisation revoked this laptop, so it has erased its cases. Set it up again only if your administrator asks you to.</source>
        <translation>Votre organisation a révoqué cet ordinateur, qui a donc effacé ses cas. Ne le configurez à nouveau que si votre administrateur vous le demande.</translation>
    </message>
    <message>
        <source>The server says this laptop is revoked, but the erase instruction did not check out, so nothing was erased. Tell your administrator now.</source>
        <translation>Le serveur indique que cet ordinateur est révoqué, mais l&apos;instruction d&apos;effacement n&apos;a pas pu être vérifiée, rien n&apos;a donc été effacé. Prévenez votre administrateur immédiatement.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln seconde</numerusform>
            <numerusform>%Ln secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two units of a length of time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock does not agree with the server&apos;s. Set the date and time, then sync again. Your changes are kept on this laptop.</source>
        <translation>L&apos;horloge de cet ordinateur ne concorde pas avec celle du serveur. Réglez la date et l&apos;heure, puis synchronisez à nouveau. Vos modifications sont gardées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is %1 ahead of the server&apos;s. Set the date and time, then sync again. Your changes are kept on this laptop.</source>
        <translation>L&apos;horloge de cet ordinateur a %1 d&apos;avance sur celle du serveur. Réglez la date et l&apos;heure, puis synchronisez à nouveau. Vos modifications sont gardées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is %1 behind the server&apos;s. Set the date and time, then sync again. Your changes are kept on this laptop.</source>
        <translation>L&apos;horloge de cet ordinateur a %1 de retard sur celle du serveur. Réglez la date et l&apos;heure, puis synchronisez à nouveau. Vos modifications sont gardées sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>Too many enrolment attempts from this network. Wait %Ln minute(s), then try again.</source>
        <translation>
            <numerusform>Trop de tentatives d&apos;inscription depuis ce réseau. Attendez %Ln minute, puis réessayez.</numerusform>
            <numerusform>Trop de tentatives d&apos;inscription depuis ce réseau. Attendez %Ln minutes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s key is not the one your administrator gave you, so nothing was kept. Tell your administrator.</source>
        <translation>La clé du serveur n&apos;est pas celle que votre administrateur vous a donnée, rien n&apos;a donc été gardé. Prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>Another laptop already numbers its cases the way this one does, so nothing was kept. Tell your administrator; this laptop&apos;s cases are safe.</source>
        <translation>Un autre ordinateur numérote déjà ses cas comme celui-ci, rien n&apos;a donc été gardé. Prévenez votre administrateur&#xa0;; les cas de cet ordinateur sont en sécurité.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not check out, so nothing was kept. Check the address; if it happens again, tell your administrator.</source>
        <translation>La réponse du serveur n&apos;a pas pu être vérifiée, rien n&apos;a donc été gardé. Vérifiez l&apos;adresse&#xa0;; si cela se reproduit, prévenez votre administrateur.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to correct. The first: %1</source>
        <translation>
            <numerusform>%Ln problème à corriger. Le premier&#xa0;: %1</numerusform>
            <numerusform>%Ln problèmes à corriger. Le premier&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock refused. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>Déverrouillage refusé. Réessayez dans %Ln seconde.</numerusform>
            <numerusform>Déverrouillage refusé. Réessayez dans %Ln secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong server passphrases on this laptop. Wait %Ln minute(s), then try again.</source>
        <translation>
            <numerusform>Trop de phrases secrètes du serveur erronées sur cet ordinateur. Attendez %Ln minute, puis réessayez.</numerusform>
            <numerusform>Trop de phrases secrètes du serveur erronées sur cet ordinateur. Attendez %Ln minutes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is behind a time it has already seen. Connect and sign in to the server before working on cases.</source>
        <translation>L&apos;horloge de cet ordinateur est en retard sur une heure qu&apos;il a déjà vue. Connectez-vous au réseau et au serveur avant de travailler sur les cas.</translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s). Connect and sign in to the server before working on cases.</source>
        <translation>
            <numerusform>Cet ordinateur n&apos;a pas été en ligne depuis %Ln jour. Connectez-vous au réseau et au serveur avant de travailler sur les cas.</numerusform>
            <numerusform>Cet ordinateur n&apos;a pas été en ligne depuis %Ln jours. Connectez-vous au réseau et au serveur avant de travailler sur les cas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server needs you to sign in again before this laptop syncs.</source>
        <translation>Le serveur demande que vous vous reconnectiez avant que cet ordinateur se synchronise.</translation>
    </message>
    <message>
        <source>Another device&apos;s clock is %1 ahead of this one. Check this laptop&apos;s date, time and time zone.</source>
        <translation>L&apos;horloge d&apos;un autre appareil a %1 d&apos;avance sur celui-ci. Vérifiez la date, l&apos;heure et le fuseau horaire de cet ordinateur.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non effectué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Try again; if it keeps happening, tell your administrator.</source>
        <translation>Un problème est survenu (%1). Réessayez&#xa0;; si cela se reproduit, prévenez votre administrateur.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase a&amp;gain</source>
        <translation>&amp;Confirmer la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation>&amp;Suggérer une phrase secrète</translation>
    </message>
    <message>
        <source>S&amp;how the new passphrase</source>
        <translation>A&amp;fficher la nouvelle phrase secrète</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Confidential: only the assigned worker and the team&apos;s supervisors see it</source>
        <translation>&amp;Confidentielle&#xa0;: seuls l&apos;agent chargé du cas et les superviseurs de l&apos;équipe la voient</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentielle</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>environ %1 ans</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Interprète nécessaire</translation>
    </message>
    <message>
        <source>Yes, in %1</source>
        <translation>Oui, en %1</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>Langue de l&apos;entretien</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Other ways to reach</source>
        <translation>Autres moyens de joindre la personne</translation>
    </message>
    <message>
        <source>Safe to contact</source>
        <translation>Contact sans risque</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Pièces d’identité</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Pas de repérage</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>To %1, proposed by %2; it moves when a supervisor there accepts.</source>
        <translation>Vers %1, proposé par %2 ; le cas part quand un superviseur de là-bas accepte.</translation>
    </message>
    <message>
        <source>Transfer waiting</source>
        <translation>Transfert en attente</translation>
    </message>
    <message>
        <source>Transfer declined</source>
        <translation>Transfert refusé</translation>
    </message>
    <message>
        <source>To %1, by %2: %3</source>
        <translation>Vers %1, par %2 : %3</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Remonté</translation>
    </message>
    <message>
        <source>By %1: %2</source>
        <translation>Par %1 : %2</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donnés</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Niveau non calculé</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (le %2)</translation>
    </message>
    <message>
        <source>%1 — a supervisor should review it</source>
        <translation>%1 — à faire examiner par un superviseur</translation>
    </message>
    <message>
        <source>Latest screening</source>
        <translation>Dernier repérage</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentielle</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Dernière note</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
</context>
<context>
    <name>PageWords</name>
    <message numerus="yes">
        <source>Not saved: %Ln problem(s) to fix.</source>
        <translation>
            <numerusform>Non enregistré&#xa0;: %Ln problème à corriger.</numerusform>
            <numerusform>Non enregistré&#xa0;: %Ln problèmes à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Imprimé par %1 le %2</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · page %2 sur %3</translation>
    </message>
</context>
<context>
    <name>PersonSection</name>
    <message>
        <source>One name a line, in any script</source>
        <translation>Un nom par ligne, dans n&apos;importe quelle écriture</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Non choisi</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <source>Type a language to add</source>
        <translation>Saisissez une langue à ajouter</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>Nom de &amp;famille</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation>&amp;Autres noms</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>À propos de la personne</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;xe</translation>
    </message>
    <message>
        <source>&amp;Born on</source>
        <translation>&amp;Né(e) le</translation>
    </message>
    <message>
        <source>Age (&amp;estimate)</source>
        <translation>Âge (&amp;estimation)</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>Nationa&amp;lité</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>Lan&amp;gues</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>&amp;Interprète nécessaire</translation>
    </message>
    <message>
        <source>Interview lan&amp;guage</source>
        <translation>Langue de l&apos;ent&amp;retien</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Other &amp;ways to reach</source>
        <translation>Autres &amp;moyens de contact</translation>
    </message>
    <message>
        <source>&amp;Safe to contact</source>
        <translation>Contact sans &amp;danger</translation>
    </message>
    <message>
        <source>&amp;Code word</source>
        <translation>Mot de &amp;code</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Only the assigned worker and the team&apos;s supervisors see and set the code word.</source>
        <translation>Seuls l&apos;agent chargé du cas et les superviseurs de l&apos;équipe voient et définissent le mot de code.</translation>
    </message>
</context>
<context>
    <name>ProtectionsDialog</name>
    <message>
        <source>FieldCase — duress and quick wipe</source>
        <translation>FieldCase — contrainte et effacement rapide</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Phrase de passe de contrainte</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>Votre &amp;phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase</source>
        <translation>Phrase de passe de &amp;contrainte</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Répétez-la</translation>
    </message>
    <message>
        <source>&amp;Set duress passphrase</source>
        <translation>&amp;Définir la phrase de contrainte</translation>
    </message>
    <message>
        <source>Re&amp;move it</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Quick wipe</source>
        <translation>Effacement rapide</translation>
    </message>
    <message>
        <source>&amp;Offer Quick wipe in the File menu</source>
        <translation>&amp;Proposer l&apos;effacement rapide dans le menu Fichier</translation>
    </message>
    <message>
        <source>Duress and quick wipe</source>
        <translation>Contrainte et effacement rapide</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Two ways to erase this laptop in an emergency. Whatever was not synced is lost; what was synced comes back after you set the laptop up again and sync.</source>
        <translation>Deux façons d&apos;effacer cet ordinateur en cas d&apos;urgence. Ce qui n&apos;a pas été synchronisé est perdu ; ce qui l&apos;a été revient après avoir reconfiguré l&apos;ordinateur et synchronisé.</translation>
    </message>
    <message>
        <source>Your organisation requires a duress passphrase.</source>
        <translation>Votre organisation exige une phrase de passe de contrainte.</translation>
    </message>
    <message>
        <source>Your organisation does not allow a duress passphrase.</source>
        <translation>Votre organisation n&apos;autorise pas de phrase de passe de contrainte.</translation>
    </message>
    <message>
        <source>You decide whether to have one.</source>
        <translation>C&apos;est à vous de décider d&apos;en avoir une.</translation>
    </message>
    <message>
        <source>You have one. Typed at the unlock screen instead of your passphrase, it erases this laptop, and the screen answers as to a wrong passphrase.</source>
        <translation>Vous en avez une. Saisie à l&apos;écran de déverrouillage à la place de votre phrase de passe, elle efface cet ordinateur, et l&apos;écran répond comme à une phrase de passe erronée.</translation>
    </message>
    <message>
        <source>You have none yet. Choose one you can type under pressure, different from your passphrase.</source>
        <translation>Vous n&apos;en avez pas encore. Choisissez-en une que vous pouvez taper sous la pression, différente de votre phrase de passe.</translation>
    </message>
    <message>
        <source>Your organisation keeps quick wipe on.</source>
        <translation>Votre organisation maintient l&apos;effacement rapide activé.</translation>
    </message>
    <message>
        <source>Your organisation does not allow quick wipe.</source>
        <translation>Votre organisation n&apos;autorise pas l&apos;effacement rapide.</translation>
    </message>
    <message>
        <source>When on, File &gt; Quick wipe erases this laptop at once, after one confirmation.</source>
        <translation>Une fois activé, Fichier &gt; Effacement rapide efface cet ordinateur immédiatement, après une confirmation.</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Translation not yet reviewed — check with the English text</source>
        <translation>Traduction pas encore relue — vérifiez avec le texte anglais</translation>
    </message>
    <message>
        <source>Show the English text</source>
        <translation>Afficher le texte anglais</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>FieldCase — review queue</source>
        <translation>FieldCase — file de revue</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>New high-risk and critical cases (%1)</source>
        <translation>Nouveaux cas à risque élevé et critique (%1)</translation>
    </message>
    <message>
        <source>Unaccompanied or separated children (%1)</source>
        <translation>Enfants non accompagnés ou séparés (%1)</translation>
    </message>
    <message>
        <source>Case plans to agree (%1)</source>
        <translation>Plans de cas à valider (%1)</translation>
    </message>
    <message>
        <source>Closures to approve (%1)</source>
        <translation>Clôtures à approuver (%1)</translation>
    </message>
    <message>
        <source>Overdue follow-ups (%1)</source>
        <translation>Suivis en retard (%1)</translation>
    </message>
    <message>
        <source>Unassigned intake (%1)</source>
        <translation>Cas non attribués à l&apos;accueil (%1)</translation>
    </message>
    <message>
        <source>Open conflicts (%1)</source>
        <translation>Conflits en cours (%1)</translation>
    </message>
    <message>
        <source>Changes the server refused (%1)</source>
        <translation>Modifications refusées par le serveur (%1)</translation>
    </message>
    <message>
        <source>Escalated to a supervisor (%1)</source>
        <translation>Remontés à un superviseur (%1)</translation>
    </message>
    <message>
        <source>Transfers to accept (%1)</source>
        <translation>Transferts à accepter (%1)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Envoyé le %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>Transfer to %1 waits</source>
        <translation>Transfert vers %1 en attente</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <source>&amp;Closed cases too</source>
        <translation>Cas &amp;clôturés aussi</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>File de revue</translation>
    </message>
    <message>
        <source>A person&apos;s name shows on the selected row only. Enter opens the case; Shift+arrows select several.</source>
        <translation>Le nom d&apos;une personne n&apos;apparaît que sur la ligne sélectionnée. Entrée ouvre le cas&#xa0;; Maj+flèches en sélectionne plusieurs.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
    <message>
        <source>Nobody (intake)</source>
        <translation>Non attribué (accueil)</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Pas de repérage</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Nothing waits for a supervisor in this queue.</source>
        <translation>Rien n&apos;attend un superviseur dans cette file.</translation>
    </message>
    <message>
        <source>Closed cases are not shown.</source>
        <translation>Les cas clôturés ne sont pas affichés.</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <source>FieldCase — confirm it is you</source>
        <translation>FieldCase — confirmez que c&apos;est vous</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Case data is about to leave this laptop. Type your passphrase again to confirm it is you; it is recorded in the audit log.</source>
        <translation>Des données du cas vont quitter cet ordinateur. Tapez à nouveau votre phrase secrète pour confirmer que c&apos;est vous ; c&apos;est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Choose the recovery key file</source>
        <translation>Choisir le fichier de la clé de récupération</translation>
    </message>
    <message>
        <source>Recovery key (*.pem *.key *.txt);;All files (*)</source>
        <translation>Clé de récupération (*.pem *.key *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>FieldCase — recover access</source>
        <translation>FieldCase — récupérer l&apos;accès</translation>
    </message>
    <message>
        <source>paste the key&apos;s text, or choose its file</source>
        <translation>collez le texte de la clé, ou choisissez son fichier</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Organisation &amp;recovery key</source>
        <translation>&amp;Clé de récupération de l&apos;organisation</translation>
    </message>
    <message>
        <source>Choose the key &amp;file…</source>
        <translation>Choisir le &amp;fichier de la clé…</translation>
    </message>
    <message>
        <source>Recover access with the organisation&apos;s key</source>
        <translation>Récupérer l&apos;accès avec la clé de l&apos;organisation</translation>
    </message>
    <message>
        <source>Recover and unlock</source>
        <translation>Récupérer et déverrouiller</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your organisation&apos;s data-protection officer keeps a recovery key for forgotten passphrases. With it, choose a new passphrase: your cases stay as they are. The key opens every laptop of the organisation, so it is never shown here.</source>
        <translation>Le délégué à la protection des données de votre organisation garde une clé de récupération pour les phrases secrètes oubliées. Avec elle, choisissez une nouvelle phrase secrète&#xa0;: vos cas restent tels quels. Cette clé ouvre tous les ordinateurs de l&apos;organisation, elle n&apos;est donc jamais affichée ici.</translation>
    </message>
    <message>
        <source>Recovering…</source>
        <translation>Récupération…</translation>
    </message>
</context>
<context>
    <name>ReferralPrintDialog</name>
    <message>
        <source>FieldCase — referral letter</source>
        <translation>FieldCase — lettre d&apos;orientation</translation>
    </message>
    <message>
        <source>This is everything the letter shows. Print it, or save it as a PDF where you choose; either is recorded in the case&apos;s history.</source>
        <translation>Voici tout ce que la lettre contient. Imprimez-la, ou enregistrez-la en PDF à l&apos;endroit de votre choix&#xa0;; dans les deux cas, c&apos;est noté dans l&apos;historique du cas.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print the referral letter</source>
        <translation>Imprimer la lettre d&apos;orientation</translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation>Enregistrer la lettre d&apos;orientation</translation>
    </message>
    <message>
        <source>referral.pdf</source>
        <translation>orientation.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be saved there.</source>
        <translation>La lettre n&apos;a pas pu être enregistrée à cet endroit.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>The printer could not be reached.</source>
        <translation>L&apos;imprimante est injoignable.</translation>
    </message>
</context>
<context>
    <name>ReferralSection</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>Aucune orientation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Selected referral</source>
        <translation>Orientation sélectionnée</translation>
    </message>
    <message>
        <source>Move &amp;to</source>
        <translation>&amp;Passer à</translation>
    </message>
    <message>
        <source>&amp;Print the referral letter…</source>
        <translation>&amp;Imprimer la lettre d&apos;orientation…</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nouvelle orientation</translation>
    </message>
    <message>
        <source>S&amp;ervice</source>
        <translation>S&amp;ervice</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Referred &amp;on</source>
        <translation>Orienté &amp;le</translation>
    </message>
    <message>
        <source>✓ The person consented to a referral to this service on %1 (%2).</source>
        <translation>✓ La personne a consenti à une orientation vers ce service le %1 (%2).</translation>
    </message>
    <message>
        <source>No consent to a referral to this service is recorded: it can be proposed, and sent once the person consents (Consents).</source>
        <translation>Aucun consentement à une orientation vers ce service n&apos;est enregistré&#xa0;: elle peut être proposée, puis envoyée une fois que la personne a consenti (Consentements).</translation>
    </message>
    <message>
        <source>Choose a service…</source>
        <translation>Choisir un service…</translation>
    </message>
    <message>
        <source>Select a referral in the list.</source>
        <translation>Sélectionnez une orientation dans la liste.</translation>
    </message>
    <message>
        <source>No change (%1)</source>
        <translation>Aucun changement (%1)</translation>
    </message>
    <message>
        <source>Your organisation no longer offers this service for new referrals.</source>
        <translation>Votre organisation ne propose plus ce service pour de nouvelles orientations.</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <source>FieldCase — refused changes</source>
        <translation>FieldCase — modifications refusées</translation>
    </message>
    <message>
        <source>The server did not accept these changes. This laptop shows those cases as the server has them again, and what was typed is kept here. Open the case to fix it, try the change again once it is allowed, or drop it.</source>
        <translation>Le serveur n&apos;a pas accepté ces modifications. Cet ordinateur montre de nouveau ces cas tels que le serveur les a, et ce qui a été saisi est gardé ici. Ouvrez le cas pour le corriger, réessayez la modification une fois qu&apos;elle est permise, ou abandonnez-la.</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <source>No refused changes.</source>
        <translation>Aucune modification refusée.</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Open the case to change it</source>
        <translation>Ouvrir le cas pour le modifier</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Apply the wanted value again; it is sent at the next sync</source>
        <translation>Appliquer de nouveau la valeur voulue&#xa0;; elle est envoyée à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Forget the wanted value</source>
        <translation>Oublier la valeur voulue</translation>
    </message>
    <message>
        <source>Drop this change?</source>
        <translation>Abandonner cette modification&#xa0;?</translation>
    </message>
    <message>
        <source>What was typed for this change is deleted from this laptop. The case stays as the server has it.</source>
        <translation>Ce qui a été saisi pour cette modification est supprimé de cet ordinateur. Le cas reste tel que le serveur l&apos;a.</translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Wanted value</source>
        <translation>Valeur voulue</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Motif du refus par le serveur</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(remove it)</source>
        <translation>(le supprimer)</translation>
    </message>
    <message>
        <source>%1 This laptop still shows it.</source>
        <translation>%1 Cet ordinateur l&apos;affiche encore.</translation>
    </message>
    <message>
        <source>(not on this laptop)</source>
        <translation>(pas sur cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>FieldCase — register a new person</source>
        <translation>FieldCase — enregistrer une nouvelle personne</translation>
    </message>
    <message>
        <source>Register a new person</source>
        <translation>Enregistrer une nouvelle personne</translation>
    </message>
    <message>
        <source>The minimum first; more once the person consents. The case is registered at %1 and assigned to you.</source>
        <translation>Le minimum d&apos;abord&#xa0;; davantage une fois que la personne a consenti. Le cas est enregistré sur le site %1 et vous est attribué.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>year-month-day, e.g. 1994-03-17</source>
        <translation>année-mois-jour, p. ex. 1994-03-17</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>Nom de &amp;famille</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexe</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Date de &amp;naissance</translation>
    </message>
    <message>
        <source>or &amp;age (estimate)</source>
        <translation>ou â&amp;ge (estimation)</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>Nationa&amp;lité</translation>
    </message>
    <message>
        <source>S&amp;tage of migration</source>
        <translation>É&amp;tape de la migration</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>More about the person</source>
        <translation>Plus d&apos;informations sur la personne</translation>
    </message>
    <message>
        <source>Needs the person&apos;s consent to registration.</source>
        <translation>Nécessite le consentement de la personne à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>other spellings or scripts, separated by ;</source>
        <translation>autres orthographes ou écritures, séparées par&#xa0;;</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation>&amp;Autres noms</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Téléph&amp;one</translation>
    </message>
    <message>
        <source>Identity &amp;document</source>
        <translation>Document d&apos;&amp;identité</translation>
    </message>
    <message>
        <source>Document n&amp;umber</source>
        <translation>N&amp;uméro du document</translation>
    </message>
    <message>
        <source>Issued b&amp;y</source>
        <translation>Déli&amp;vré par</translation>
    </message>
    <message>
        <source>Someone already registered may be this person. Compare and decide for each before registering.</source>
        <translation>Une personne déjà enregistrée pourrait être cette personne. Comparez et décidez pour chacune avant d&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <source>At removal</source>
        <translation>Au retrait</translation>
    </message>
    <message>
        <source>FieldCase — retention</source>
        <translation>FieldCase — conservation</translation>
    </message>
    <message>
        <source>Closed cases past retention</source>
        <translation>Cas clôturés au-delà de la durée de conservation</translation>
    </message>
    <message>
        <source>Removing them here is not an erasure: the server keeps every one, and a case that changes there comes back to this laptop.</source>
        <translation>Les retirer ici n&apos;est pas un effacement&#xa0;: le serveur les garde tous, et un cas qui y est modifié revient sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Remove from this laptop…</source>
        <translation>&amp;Retirer de cet ordinateur…</translation>
    </message>
    <message>
        <source>Remove from this laptop…</source>
        <translation>Retirer de cet ordinateur…</translation>
    </message>
    <message>
        <source>Take the cases marked to go off this laptop; the others stay until synced</source>
        <translation>Retirer de cet ordinateur les cas marqués à retirer&#xa0;; les autres restent jusqu&apos;à leur synchronisation</translation>
    </message>
    <message>
        <source>Stays until synced</source>
        <translation>Reste jusqu&apos;à sa synchronisation</translation>
    </message>
    <message>
        <source>Removed from this laptop</source>
        <translation>Retiré de cet ordinateur</translation>
    </message>
    <message>
        <source>Your organisation keeps closed cases on this laptop: nothing is removed.</source>
        <translation>Votre organisation garde les cas clôturés sur cet ordinateur&#xa0;: rien n&apos;est retiré.</translation>
    </message>
    <message>
        <source>%1 No closed case is past that now.</source>
        <translation>%1 Aucun cas clôturé n&apos;a dépassé cette durée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>%1 %2: sync first.</source>
        <translation>%1 %2&#xa0;: synchronisez d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 %2; %3.</source>
        <translation>%1 %2&#xa0;; %3.</translation>
    </message>
    <message>
        <source>Remove these cases from this laptop?</source>
        <translation>Retirer ces cas de cet ordinateur&#xa0;?</translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message numerus="yes">
        <source>%Ln closed case(s) removed from this laptop.</source>
        <translation>
            <numerusform>%Ln cas clôturé retiré de cet ordinateur.</numerusform>
            <numerusform>%Ln cas clôturés retirés de cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organisation keeps closed cases on this laptop for %Ln month(s) after their closure.</source>
        <translation>
            <numerusform>Votre organisation garde les cas clôturés sur cet ordinateur pendant %Ln mois après leur clôture.</numerusform>
            <numerusform>Votre organisation garde les cas clôturés sur cet ordinateur pendant %Ln mois après leur clôture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) can be removed</source>
        <translation>
            <numerusform>%Ln cas peut être retiré</numerusform>
            <numerusform>%Ln cas peuvent être retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) kept until synced</source>
        <translation>
            <numerusform>%Ln cas gardé jusqu&apos;à sa synchronisation</numerusform>
            <numerusform>%Ln cas gardés jusqu&apos;à leur synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed case(s) will be removed from this laptop. The server keeps each one; this cannot be undone here.</source>
        <translation>
            <numerusform>%Ln cas clôturé sera retiré de cet ordinateur. Le serveur le garde&#xa0;; cette action ne peut pas être annulée ici.</numerusform>
            <numerusform>%Ln cas clôturés seront retirés de cet ordinateur. Le serveur garde chacun d&apos;eux&#xa0;; cette action ne peut pas être annulée ici.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>FieldCase — %1</source>
        <translation>FieldCase — %1</translation>
    </message>
    <message>
        <source>%1: %2. The worker reads your comment as a note on the case.</source>
        <translation>%1&#xa0;: %2. L&apos;agent lira votre commentaire comme une note sur le cas.</translation>
    </message>
    <message>
        <source>&amp;What is missing?</source>
        <translation>&amp;Que manque-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Return to the worker</source>
        <translation>Renvoyer à l&apos;agent</translation>
    </message>
</context>
<context>
    <name>ScreeningSection</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>Past screenings</source>
        <translation>Repérages précédents</translation>
    </message>
    <message>
        <source>Not screened yet.</source>
        <translation>Pas encore de repérage.</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <source>New &amp;screening</source>
        <translation>Nouveau &amp;repérage</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Level and reasons</source>
        <translation>Niveau et raisons</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Repérage</translation>
    </message>
    <message>
        <source>Child rule (ILO/EC): %1</source>
        <translation>Règle pour les enfants (OIT/CE)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The age is not known, so the person is screened as a child until shown otherwise.</source>
        <translation>L&apos;âge n&apos;est pas connu&#xa0;: le repérage traite donc la personne comme un enfant jusqu&apos;à preuve du contraire.</translation>
    </message>
    <message>
        <source>This questionnaire version is not on this laptop.</source>
        <translation>Cette version du questionnaire n&apos;est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Niveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>A supervisor will review this case once it is saved.</source>
        <translation>Un superviseur examinera ce cas une fois enregistré.</translation>
    </message>
</context>
<context>
    <name>ScreeningWords</name>
    <message>
        <source>strong</source>
        <translation>fort</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No indicator answered yes.</source>
        <translation>Aucun indicateur n&apos;a reçu la réponse oui.</translation>
    </message>
    <message>
        <source>Rule met: %1</source>
        <translation>Règle remplie&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: positive — %2</source>
        <translation>%1&#xa0;: positif — %2</translation>
    </message>
    <message>
        <source>%1: not positive — %2</source>
        <translation>%1&#xa0;: non positif — %2</translation>
    </message>
    <message>
        <source>No factor answered yes.</source>
        <translation>Aucun facteur n&apos;a reçu la réponse oui.</translation>
    </message>
    <message>
        <source>Vulnerability score %1: risk factors %2 minus protective factors %3 (medium from %4, high from %5, critical from %6).</source>
        <translation>Score de vulnérabilité %1&#xa0;: facteurs de risque %2 moins facteurs de protection %3 (moyen à partir de %4, élevé à partir de %5, critique à partir de %6).</translation>
    </message>
    <message>
        <source>“%1” makes the level at least %2.</source>
        <translation>«&#xa0;%1&#xa0;» porte le niveau au moins à %2.</translation>
    </message>
    <message>
        <source>%1 risk factors: %2</source>
        <translation>Facteurs de risque %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” (+%2)</source>
        <translation>«&#xa0;%1&#xa0;» (+%2)</translation>
    </message>
    <message>
        <source>Protective factors: %1</source>
        <translation>Facteurs de protection&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” (−%2)</source>
        <translation>«&#xa0;%1&#xa0;» (−%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; no answer to them could change the level.</source>
        <translation>
            <numerusform>%Ln question sans réponse&#xa0;; aucune réponse ne pourrait changer le niveau.</numerusform>
            <numerusform>%Ln questions sans réponse&#xa0;; aucune réponse ne pourrait changer le niveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; answering them could raise the level to %1.</source>
        <translation>
            <numerusform>%Ln question sans réponse&#xa0;; y répondre pourrait élever le niveau à %1.</numerusform>
            <numerusform>%Ln questions sans réponse&#xa0;; y répondre pourrait élever le niveau à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; answering them could lower the level to %1.</source>
        <translation>
            <numerusform>%Ln question sans réponse&#xa0;; y répondre pourrait abaisser le niveau à %1.</numerusform>
            <numerusform>%Ln questions sans réponse&#xa0;; y répondre pourrait abaisser le niveau à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; depending on the answers the level could be anywhere from %1 to %2.</source>
        <translation>
            <numerusform>%Ln question sans réponse&#xa0;; selon la réponse, le niveau pourrait aller de %1 à %2.</numerusform>
            <numerusform>%Ln questions sans réponse&#xa0;; selon les réponses, le niveau pourrait aller de %1 à %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search name, case number, phone or document</source>
        <translation>Rechercher un nom, numéro de cas, téléphone ou document</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mes cas</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tous les cas</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>File de revue</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ServiceWords</name>
    <message>
        <source>Open day and night, every day</source>
        <translation>Ouvert jour et nuit, tous les jours</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1&#xa0;: de %2 à %3</translation>
    </message>
    <message>
        <source>Hours not given</source>
        <translation>Horaires non indiqués</translation>
    </message>
    <message>
        <source>Ages %1 to %2</source>
        <translation>De %1 à %2 ans</translation>
    </message>
    <message>
        <source>Aged %1 or over</source>
        <translation>%1 ans ou plus</translation>
    </message>
    <message>
        <source>Aged %1 or under</source>
        <translation>%1 ans ou moins</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>Uniquement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Who may come</source>
        <translation>Qui peut venir</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>FieldCase — set up this laptop</source>
        <translation>FieldCase — configurer cet ordinateur</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Votre nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Code du site</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <source>Organisation recovery key</source>
        <translation>Clé de récupération de l&apos;organisation</translation>
    </message>
    <message>
        <source>for example LAMP-01</source>
        <translation>par exemple LAMP-01</translation>
    </message>
    <message>
        <source>optional: 64 characters from your organisation</source>
        <translation>facultatif&#xa0;: 64 caractères fournis par votre organisation</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Suggérer une phrase secrète</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Set up FieldCase on this laptop</source>
        <translation>Configurer FieldCase sur cet ordinateur</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Créer le profil</translation>
    </message>
    <message>
        <source>Every case on this laptop is encrypted with a key that only your passphrase opens. Choose a long passphrase you can remember: a few random words work well. If it is forgotten, the cases cannot be opened, unless your organisation gave you its recovery key for this laptop.</source>
        <translation>Chaque cas sur cet ordinateur est chiffré avec une clé que seule votre phrase secrète ouvre. Choisissez une longue phrase secrète dont vous vous souviendrez&#xa0;: quelques mots au hasard font l&apos;affaire. Si elle est oubliée, les cas ne peuvent plus être ouverts, sauf si votre organisation vous a donné sa clé de récupération pour cet ordinateur.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>FieldCase — sign in</source>
        <translation>FieldCase — connexion</translation>
    </message>
    <message>
        <source>Server passphrase</source>
        <translation>Phrase secrète du serveur</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Enter your server passphrase.</source>
        <translation>Saisissez votre phrase secrète du serveur.</translation>
    </message>
</context>
<context>
    <name>SignInWords</name>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s), so the server must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>
            <numerusform>Cet ordinateur n&apos;a pas été en ligne depuis %Ln jour, le serveur doit donc vérifier que c&apos;est toujours vous. Saisissez votre phrase secrète du serveur&#xa0;: celle que votre administrateur a définie pour vous sur le serveur, pas celle qui déverrouille cet ordinateur.</numerusform>
            <numerusform>Cet ordinateur n&apos;a pas été en ligne depuis %Ln jours, le serveur doit donc vérifier que c&apos;est toujours vous. Saisissez votre phrase secrète du serveur&#xa0;: celle que votre administrateur a définie pour vous sur le serveur, pas celle qui déverrouille cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not signed in to the server on this laptop yet. Sign in once, so the changes you make here are sent as yours. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>Vous ne vous êtes pas encore connecté au serveur sur cet ordinateur. Connectez-vous une fois, pour que les modifications faites ici soient envoyées en votre nom. Saisissez votre phrase secrète du serveur&#xa0;: celle que votre administrateur a définie pour vous sur le serveur, pas celle qui déverrouille cet ordinateur.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is behind a time it has already seen, so the server must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>L&apos;horloge de cet ordinateur est en retard sur une heure qu&apos;il a déjà vue, le serveur doit donc vérifier que c&apos;est toujours vous. Saisissez votre phrase secrète du serveur&#xa0;: celle que votre administrateur a définie pour vous sur le serveur, pas celle qui déverrouille cet ordinateur.</translation>
    </message>
    <message>
        <source>The server has ended this laptop&apos;s session, so it must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>Le serveur a mis fin à la session de cet ordinateur, il doit donc vérifier que c&apos;est toujours vous. Saisissez votre phrase secrète du serveur&#xa0;: celle que votre administrateur a définie pour vous sur le serveur, pas celle qui déverrouille cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>No screening is recorded.</source>
        <translation>Aucun repérage n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>This questionnaire version is not on this laptop.</source>
        <translation>Cette version du questionnaire n&apos;est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1: %2 (on %3)</source>
        <translation>%1 : %2 (le %3)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>%1 — a supervisor should review it</source>
        <translation>%1 — un superviseur devrait le revoir</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Le cas est clos.</translation>
    </message>
    <message>
        <source>The case plan is agreed; the steps are the open referrals and follow-ups below.</source>
        <translation>Le plan de cas est validé ; ses étapes sont les orientations et suivis ouverts ci-dessous.</translation>
    </message>
    <message>
        <source>No case plan is agreed yet.</source>
        <translation>Aucun plan de cas n&apos;est encore validé.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de cas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Pas de repérage</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, depuis le %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation>Résumé du cas %1</translation>
    </message>
    <message>
        <source>Confidential: for the people working on this case only. Do not copy or pass on.</source>
        <translation>Confidentiel : réservé aux personnes qui suivent ce cas. Ne pas copier ni transmettre.</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Le cas</translation>
    </message>
    <message>
        <source>Risk and screening</source>
        <translation>Risque et repérage</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>Plan de cas</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Orientations en cours</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Suivis en cours</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>environ %1 ans</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>Né(e) le / âge</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Who the person is (included by the person who printed)</source>
        <translation>Identité de la personne (incluse par qui a imprimé)</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Résumé du cas</translation>
    </message>
</context>
<context>
    <name>SupervisorDesk</name>
    <message>
        <source>a case</source>
        <translation>un cas</translation>
    </message>
    <message>
        <source>it is no longer on this laptop</source>
        <translation>il n&apos;est plus sur cet ordinateur</translation>
    </message>
    <message>
        <source>only a supervisor of the case&apos;s team may assign it</source>
        <translation>seul un superviseur de l&apos;équipe du cas peut l&apos;attribuer</translation>
    </message>
    <message>
        <source>someone assigned it again since</source>
        <translation>quelqu&apos;un l&apos;a réattribué entre-temps</translation>
    </message>
    <message>
        <source>the case breaks a rule; open it and fix it first</source>
        <translation>le cas enfreint une règle&#xa0;; ouvrez-le et corrigez-le d&apos;abord</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Select or open a case first.</source>
        <translation>Sélectionnez ou ouvrez d&apos;abord un cas.</translation>
    </message>
    <message>
        <source>%1 waits for no approval: it is %2.</source>
        <translation>%1 n&apos;attend aucune approbation&#xa0;: il est %2.</translation>
    </message>
    <message>
        <source>%1 has nothing to return: it is %2.</source>
        <translation>%1 n&apos;a rien à renvoyer&#xa0;: il est %2.</translation>
    </message>
    <message>
        <source>Done: %1 — %2.</source>
        <translation>Fait&#xa0;: %1 — %2.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Select one or more cases first.</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs cas.</translation>
    </message>
    <message>
        <source>Transfer proposed</source>
        <translation>Transfert proposé</translation>
    </message>
    <message>
        <source>Transfer accepted</source>
        <translation>Transfert accepté</translation>
    </message>
    <message>
        <source>Transfer declined</source>
        <translation>Transfert refusé</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Remonté</translation>
    </message>
    <message>
        <source>Escalation cleared</source>
        <translation>Remontée close</translation>
    </message>
</context>
<context>
    <name>SupervisorWords</name>
    <message numerus="yes">
        <source>%Ln case(s) given back to whom they were assigned before.</source>
        <translation>
            <numerusform>%Ln cas rendu à la personne à qui il était attribué avant.</numerusform>
            <numerusform>%Ln cas rendus aux personnes à qui ils étaient attribués avant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) returned to intake.</source>
        <translation>
            <numerusform>%Ln cas remis à l&apos;accueil.</numerusform>
            <numerusform>%Ln cas remis à l&apos;accueil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) assigned to %1.</source>
        <translation>
            <numerusform>%Ln cas attribué à %1.</numerusform>
            <numerusform>%Ln cas attribués à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already were.</source>
        <translation>
            <numerusform>%Ln l&apos;était déjà.</numerusform>
            <numerusform>%Ln l&apos;étaient déjà.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not: %1.</source>
        <translation>
            <numerusform>%Ln non attribué&#xa0;: %1.</numerusform>
            <numerusform>%Ln non attribués&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Assign %Ln case(s) to:</source>
        <translation>
            <numerusform>&amp;Attribuer %Ln cas à&#xa0;:</numerusform>
            <numerusform>&amp;Attribuer %Ln cas à&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals with no answer after %Ln day(s) (%1)</source>
        <translation>
            <numerusform>Orientations sans réponse après %Ln jour (%1)</numerusform>
            <numerusform>Orientations sans réponse après %Ln jours (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) wait for a supervisor.</source>
        <translation>
            <numerusform>%Ln cas attend un superviseur.</numerusform>
            <numerusform>%Ln cas attendent un superviseur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed cases are not counted (%Ln).</source>
        <translation>
            <numerusform>Les cas clôturés ne sont pas comptés (%Ln).</numerusform>
            <numerusform>Les cas clôturés ne sont pas comptés (%Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median %1 days, over %Ln case(s).</source>
        <translation>
            <numerusform>Médiane&#xa0;: %1 jours, sur %Ln cas.</numerusform>
            <numerusform>Médiane&#xa0;: %1 jours, sur %Ln cas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case(s) had no assistance yet.</source>
        <translation>
            <numerusform>%Ln cas ouvert n&apos;a pas encore reçu d&apos;assistance.</numerusform>
            <numerusform>%Ln cas ouverts n&apos;ont pas encore reçu d&apos;assistance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) on this laptop in your scope.</source>
        <translation>
            <numerusform>%Ln cas sur cet ordinateur dans votre périmètre.</numerusform>
            <numerusform>%Ln cas sur cet ordinateur dans votre périmètre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them closed.</source>
        <translation>
            <numerusform>%Ln d&apos;entre eux est clôturé.</numerusform>
            <numerusform>%Ln d&apos;entre eux sont clôturés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusArea</name>
    <message>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>Files: %1 of %2 · %3 of %4</source>
        <translation>Fichiers&#xa0;: %1 sur %2 · %3 sur %4</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the sync; nothing is lost</source>
        <translation>Arrêter la synchronisation&#xa0;; rien n&apos;est perdu</translation>
    </message>
    <message>
        <source>Attachment files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>il y a %Ln min</numerusform>
            <numerusform>il y a %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>il y a %Ln h</numerusform>
            <numerusform>il y a %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: no connection</source>
        <translation>Non synchronisé&#xa0;: pas de connexion</translation>
    </message>
    <message>
        <source>Not synced: this laptop&apos;s clock is wrong</source>
        <translation>Non synchronisé&#xa0;: l&apos;horloge de cet ordinateur est fausse</translation>
    </message>
    <message>
        <source>Not synced: sign-in refused</source>
        <translation>Non synchronisé&#xa0;: identification refusée</translation>
    </message>
    <message>
        <source>Not synced: server problem</source>
        <translation>Non synchronisé&#xa0;: problème du serveur</translation>
    </message>
    <message>
        <source>Not synced: cancelled</source>
        <translation>Non synchronisé&#xa0;: annulé</translation>
    </message>
    <message>
        <source>Not synced: device revoked</source>
        <translation>Non synchronisé&#xa0;: appareil révoqué</translation>
    </message>
    <message>
        <source>Not synced: sign-in needed</source>
        <translation>Non synchronisé&#xa0;: identification nécessaire</translation>
    </message>
    <message>
        <source>Not synced: failed</source>
        <translation>Non synchronisé&#xa0;: échec</translation>
    </message>
    <message>
        <source>Not enrolled with a server: cases stay on this laptop</source>
        <translation>Non inscrit auprès d&apos;un serveur&#xa0;: les cas restent sur cet ordinateur</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Dernière synchronisation %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln modification à envoyer</numerusform>
            <numerusform>%Ln modifications à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) wait for %1 to sign in</source>
        <translation>
            <numerusform>%Ln modification attend que %1 se connecte</numerusform>
            <numerusform>%Ln modifications attendent que %1 se connecte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused by the server</source>
        <translation>
            <numerusform>%Ln refusée par le serveur</numerusform>
            <numerusform>%Ln refusées par le serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sending changes (%1 of %2)…</source>
        <translation>Envoi des modifications (%1 sur %2)…</translation>
    </message>
    <message>
        <source>Sending changes (%1)…</source>
        <translation>Envoi des modifications (%1)…</translation>
    </message>
    <message>
        <source>Receiving changes (%1)…</source>
        <translation>Réception des modifications (%1)…</translation>
    </message>
    <message>
        <source>Connection trouble; trying again (attempt %1)…</source>
        <translation>Problème de connexion&#xa0;; nouvel essai (tentative %1)…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
</context>
<context>
    <name>TaskWords</name>
    <message>
        <source>Done on %1</source>
        <translation>Faite le %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>En retard de %Ln jour</numerusform>
            <numerusform>En retard de %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Due in %Ln day(s)</source>
        <translation>
            <numerusform>À faire dans %Ln jour</numerusform>
            <numerusform>À faire dans %Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksSection</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marquer comme faite</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>Assi&amp;gned to</source>
        <translation>Attri&amp;buée à</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (pas encore enregistrée)</translation>
    </message>
    <message>
        <source>&amp;Not done after all</source>
        <translation>&amp;Finalement pas faite</translation>
    </message>
</context>
<context>
    <name>TransferDialogs</name>
    <message>
        <source>FieldCase — %1</source>
        <translation>FieldCase — %1</translation>
    </message>
    <message>
        <source>%1 stays at its site, with your team, until a supervisor at the other site accepts the transfer.</source>
        <translation>%1 reste sur son site, avec votre équipe, jusqu’à ce qu’un superviseur de l’autre site accepte le transfert.</translation>
    </message>
    <message>
        <source>transfer to another site</source>
        <translation>transfert vers un autre site</translation>
    </message>
    <message>
        <source>&amp;Why? (the receiving supervisor reads this)</source>
        <translation>&amp;Pourquoi ? (le superviseur qui reçoit le lit)</translation>
    </message>
    <message>
        <source>Propose the transfer</source>
        <translation>Proposer le transfert</translation>
    </message>
    <message>
        <source>e.g. PORT-01</source>
        <translation>p. ex. PORT-01</translation>
    </message>
    <message>
        <source>&amp;Site code</source>
        <translation>Code du &amp;site</translation>
    </message>
    <message>
        <source>%1 stays where it is, with the team that sent it. They read your reason.</source>
        <translation>%1 reste où il est, avec l’équipe qui l’a envoyé. Elle lira votre raison.</translation>
    </message>
    <message>
        <source>decline the transfer</source>
        <translation>refuser le transfert</translation>
    </message>
    <message>
        <source>&amp;Why do you decline it?</source>
        <translation>&amp;Pourquoi le refusez-vous ?</translation>
    </message>
    <message>
        <source>Decline the transfer</source>
        <translation>Refuser le transfert</translation>
    </message>
    <message>
        <source>%1 goes to the supervisors&apos; review queue, under &quot;Escalated to a supervisor&quot;, until a supervisor clears it.</source>
        <translation>%1 va dans la file de revue des superviseurs, sous « Remontés à un superviseur », jusqu’à ce qu’un superviseur la close.</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>faire remonter</translation>
    </message>
    <message>
        <source>&amp;What needs a supervisor?</source>
        <translation>&amp;Qu’est-ce qui demande un superviseur ?</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Faire remonter</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <source>FieldCase — prepare for travel</source>
        <translation>FieldCase — préparer le voyage</translation>
    </message>
    <message>
        <source>Prepare for travel</source>
        <translation>Préparer le voyage</translation>
    </message>
    <message>
        <source>Erase cases for travel</source>
        <translation>Effacer les dossiers pour le voyage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Before a border crossing, this laptop can keep no case at all. Once everything is synced, every case, search entry and attachment is erased with new keys, so what was here cannot be read again. Your passphrase still opens FieldCase; after the crossing, unlock and sync to download the cases again.</source>
        <translation>Avant un passage de frontière, cet ordinateur peut ne garder aucun dossier. Une fois tout synchronisé, chaque dossier, entrée de recherche et pièce jointe est effacé avec de nouvelles clés, si bien que ce qui était ici ne peut plus être lu. Votre phrase de passe ouvre toujours FieldCase ; après le passage, déverrouillez et synchronisez pour télécharger à nouveau les dossiers.</translation>
    </message>
    <message>
        <source>Checking what is synced…</source>
        <translation>Vérification de ce qui est synchronisé…</translation>
    </message>
    <message>
        <source>Travel status</source>
        <translation>État de préparation au voyage</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a server, so its cases could not be downloaded again after the crossing. Nothing can be erased.</source>
        <translation>Cet ordinateur n&apos;est inscrit auprès d&apos;aucun serveur : ses dossiers ne pourraient pas être téléchargés à nouveau après le passage. Rien ne peut être effacé.</translation>
    </message>
    <message numerus="yes">
        <source>Everything is synced. %Ln case(s) on this laptop will be erased. FieldCase locks when it is done.</source>
        <translation>
            <numerusform>Tout est synchronisé. %Ln dossier de cet ordinateur sera effacé. FieldCase se verrouille une fois terminé.</numerusform>
            <numerusform>Tout est synchronisé. %Ln dossiers de cet ordinateur seront effacés. FieldCase se verrouille une fois terminé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything is synced yet:</source>
        <translation>Tout n&apos;est pas encore synchronisé :</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln modification à envoyer</numerusform>
            <numerusform>%Ln modifications à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln conflit ouvert à résoudre</numerusform>
            <numerusform>%Ln conflits ouverts à résoudre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change(s) held</source>
        <translation>
            <numerusform>%Ln modification refusée en attente</numerusform>
            <numerusform>%Ln modifications refusées en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s) not uploaded</source>
        <translation>
            <numerusform>%Ln pièce jointe non envoyée</numerusform>
            <numerusform>%Ln pièces jointes non envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit event(s) not sent</source>
        <translation>
            <numerusform>%Ln événement du journal d&apos;audit non envoyé</numerusform>
            <numerusform>%Ln événements du journal d&apos;audit non envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync, and deal with what waits, then prepare again. Nothing was erased.</source>
        <translation>Synchronisez, traitez ce qui attend, puis préparez à nouveau. Rien n&apos;a été effacé.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>FieldCase — unlock</source>
        <translation>FieldCase — déverrouiller</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Forgot your passphrase?</source>
        <translation>&amp;Phrase secrète oubliée&#xa0;?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Unlock FieldCase</source>
        <translation>Déverrouiller FieldCase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>The cases on this laptop are encrypted. Enter your user name and passphrase to open them.</source>
        <translation>Les cas sur cet ordinateur sont chiffrés. Saisissez votre nom d&apos;utilisateur et votre phrase secrète pour les ouvrir.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
</context>
<context>
    <name>WorkflowSection</name>
    <message>
        <source>What you can do now</source>
        <translation>Ce que vous pouvez faire maintenant</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <source>This case is: %1</source>
        <translation>Ce cas est&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is nothing you can do to move this case on now; a supervisor may.</source>
        <translation>Vous ne pouvez rien faire pour faire avancer ce cas pour l&apos;instant&#xa0;; un superviseur le peut.</translation>
    </message>
    <message>
        <source>A reason is needed for: %1. It is kept as a note on the case.</source>
        <translation>Un motif est nécessaire pour&#xa0;: %1. Il est gardé comme note sur le cas.</translation>
    </message>
    <message>
        <source>A reason you give is kept as a note on the case.</source>
        <translation>Le motif que vous donnez est gardé comme note sur le cas.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Fait&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>codes/assistance</name>
    <message>
        <source>Food</source>
        <translation>Nourriture</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Soins médicaux</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Soutien psychosocial</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Vêtements</translation>
    </message>
    <message>
        <source>Hygiene items</source>
        <translation>Articles d&apos;hygiène</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Recherche familiale</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interprétation</translation>
    </message>
</context>
<context>
    <name>codes/attachment_kind</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Document scan</source>
        <translation>Document numérisé</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Formulaire de consentement</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Dossier médical</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Autre fichier</translation>
    </message>
</context>
<context>
    <name>codes/consent_form</name>
    <message>
        <source>Spoken</source>
        <translation>Orale</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrite</translation>
    </message>
</context>
<context>
    <name>codes/consent_giver</name>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tuteur</translation>
    </message>
</context>
<context>
    <name>codes/consent_purpose</name>
    <message>
        <source>Registration</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Referral to services</source>
        <translation>Orientation vers des services</translation>
    </message>
    <message>
        <source>Anonymous statistics</source>
        <translation>Statistiques anonymes</translation>
    </message>
    <message>
        <source>Follow-up contact</source>
        <translation>Contact de suivi</translation>
    </message>
</context>
<context>
    <name>codes/document_holder</name>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruteur</translation>
    </message>
    <message>
        <source>Smuggler</source>
        <translation>Passeur</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Autorités</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>codes/document_type</name>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Acte de naissance</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>Document de voyage</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
</context>
<context>
    <name>codes/flag</name>
    <message>
        <source>Unaccompanied child</source>
        <translation>Enfant non accompagné</translation>
    </message>
    <message>
        <source>Separated child</source>
        <translation>Enfant séparé</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Enceinte</translation>
    </message>
    <message>
        <source>Serious medical condition</source>
        <translation>Problème médical grave</translation>
    </message>
    <message>
        <source>Survivor of violence</source>
        <translation>Survivant(e) de violences</translation>
    </message>
    <message>
        <source>At risk of detention</source>
        <translation>Risque de détention</translation>
    </message>
    <message>
        <source>Needs supervisor review</source>
        <translation>Revue par un superviseur nécessaire</translation>
    </message>
    <message>
        <source>Trafficking indicators</source>
        <translation>Indicateurs de traite</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Older person</source>
        <translation>Personne âgée</translation>
    </message>
    <message>
        <source>Single caregiver</source>
        <translation>Parent isolé</translation>
    </message>
    <message>
        <source>Missing family member</source>
        <translation>Membre de la famille disparu</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Apatride</translation>
    </message>
    <message>
        <source>Threatened by exploiters</source>
        <translation>Menacé(e) par des exploiteurs</translation>
    </message>
</context>
<context>
    <name>codes/incident</name>
    <message>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Violence sexuelle</translation>
    </message>
    <message>
        <source>Extortion</source>
        <translation>Extorsion</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Détention</translation>
    </message>
    <message>
        <source>Documents taken</source>
        <translation>Documents confisqués</translation>
    </message>
    <message>
        <source>Kidnapping</source>
        <translation>Enlèvement</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <translation>Travail forcé</translation>
    </message>
    <message>
        <source>Abandonment</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation>Vol</translation>
    </message>
</context>
<context>
    <name>codes/language</name>
    <message>
        <source>Mesopotamian Arabic</source>
        <translation>arabe mésopotamien</translation>
    </message>
    <message>
        <source>Hijazi Arabic</source>
        <translation>arabe hedjazi</translation>
    </message>
    <message>
        <source>Gulf Arabic</source>
        <translation>arabe du Golfe</translation>
    </message>
    <message>
        <source>Assyrian Neo-Aramaic</source>
        <translation>néo-araméen assyrien</translation>
    </message>
    <message>
        <source>South Levantine Arabic</source>
        <translation>arabe levantin du Sud</translation>
    </message>
    <message>
        <source>Levantine Arabic</source>
        <translation>arabe levantin</translation>
    </message>
    <message>
        <source>Sudanese Arabic</source>
        <translation>arabe soudanais</translation>
    </message>
    <message>
        <source>Libyan Arabic</source>
        <translation>arabe libyen</translation>
    </message>
    <message>
        <source>North Mesopotamian Arabic</source>
        <translation>arabe mésopotamien du Nord</translation>
    </message>
    <message>
        <source>Kaqchikel</source>
        <translation>kaqchikel</translation>
    </message>
    <message>
        <source>Falam Chin</source>
        <translation>chin falam</translation>
    </message>
    <message>
        <source>Hakha Chin</source>
        <translation>chin hakha</translation>
    </message>
    <message>
        <source>Tedim Chin</source>
        <translation>chin tedim</translation>
    </message>
    <message>
        <source>Chittagonian</source>
        <translation>chittagonien</translation>
    </message>
    <message>
        <source>Pular</source>
        <translation>poular</translation>
    </message>
    <message>
        <source>Nigerian Fulfulde</source>
        <translation>fulfulde du Nigeria</translation>
    </message>
    <message>
        <source>Borana Oromo</source>
        <translation>oromo borana</translation>
    </message>
    <message>
        <source>Gurani</source>
        <translation>gorani</translation>
    </message>
    <message>
        <source>Eastern Oromo</source>
        <translation>oromo oriental</translation>
    </message>
    <message>
        <source>Hazaragi</source>
        <translation>hazaragi</translation>
    </message>
    <message>
        <source>Q&apos;eqchi&apos;</source>
        <translation>q&apos;eqchi&apos;</translation>
    </message>
    <message>
        <source>Eastern Pwo Karen</source>
        <translation>karen pwo oriental</translation>
    </message>
    <message>
        <source>S&apos;gaw Karen</source>
        <translation>karen sgaw</translation>
    </message>
    <message>
        <source>Mam</source>
        <translation>mam</translation>
    </message>
    <message>
        <source>Southern Pashto</source>
        <translation>pachto du Sud</translation>
    </message>
    <message>
        <source>Central Pashto</source>
        <translation>pachto central</translation>
    </message>
    <message>
        <source>Rangpuri</source>
        <translation>rangpuri</translation>
    </message>
    <message>
        <source>Sylheti</source>
        <translation>sylheti</translation>
    </message>
    <message>
        <source>Tamasheq</source>
        <translation>tamasheq</translation>
    </message>
    <message>
        <source>Tahaggart Tamahaq</source>
        <translation>tamahaq tahaggart</translation>
    </message>
    <message>
        <source>Southern Uzbek</source>
        <translation>ouzbek du Sud</translation>
    </message>
</context>
<context>
    <name>codes/means</name>
    <message>
        <source>On foot</source>
        <translation>À pied</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Camion</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <source>Boat</source>
        <translation>Bateau</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Avion</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>codes/nationality</name>
    <message>
        <source>Stateless person</source>
        <translation>Apatride</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>Réfugié(e)</translation>
    </message>
    <message>
        <source>Nationality not known</source>
        <translation>Nationalité inconnue</translation>
    </message>
</context>
<context>
    <name>codes/record_kind</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Document d&apos;identité</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Repérage</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
</context>
<context>
    <name>codes/referral_status</name>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>codes/relationship</name>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Frère ou sœur</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Conjoint(e)</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Autre membre de la famille</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Travel companion</source>
        <translation>Compagnon de voyage</translation>
    </message>
</context>
<context>
    <name>codes/risk</name>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>codes/role</name>
    <message>
        <source>Worker</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>codes/service_category</name>
    <message>
        <source>Shelter</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Soutien psychosocial</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Recherche familiale</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>Protection de l&apos;enfance</translation>
    </message>
    <message>
        <source>Safe transport</source>
        <translation>Transport sécurisé</translation>
    </message>
    <message>
        <source>Anti-trafficking hotline</source>
        <translation>Ligne d&apos;urgence contre la traite</translation>
    </message>
    <message>
        <source>Basic needs</source>
        <translation>Besoins essentiels</translation>
    </message>
    <message>
        <source>Cash assistance</source>
        <translation>Assistance en espèces</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Autre service</translation>
    </message>
</context>
<context>
    <name>codes/sex</name>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>Intersexe</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>codes/stage</name>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>codes/status</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>Plan de cas</translation>
    </message>
    <message>
        <source>Receiving services</source>
        <translation>Services en cours</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>Clôture demandée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
</context>
<context>
    <name>codes/weekday</name>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
</context>
<context>
    <name>codes/wg_answer</name>
    <message>
        <source>No difficulty</source>
        <translation>Aucune difficulté</translation>
    </message>
    <message>
        <source>Some difficulty</source>
        <translation>Quelques difficultés</translation>
    </message>
    <message>
        <source>A lot of difficulty</source>
        <translation>Beaucoup de difficultés</translation>
    </message>
    <message>
        <source>Cannot do at all</source>
        <translation>Ne peut pas du tout</translation>
    </message>
</context>
<context>
    <name>codes/wg_domain</name>
    <message>
        <source>Seeing</source>
        <translation>Voir</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Entendre</translation>
    </message>
    <message>
        <source>Walking or climbing steps</source>
        <translation>Marcher ou monter des marches</translation>
    </message>
    <message>
        <source>Remembering or concentrating</source>
        <translation>Se souvenir ou se concentrer</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Prendre soin de soi</translation>
    </message>
    <message>
        <source>Communicating</source>
        <translation>Communiquer</translation>
    </message>
</context>
<context>
    <name>codes/workflow_action</name>
    <message>
        <source>Start assessment</source>
        <translation>Commencer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Agree case plan</source>
        <translation>Valider le plan de cas</translation>
    </message>
    <message>
        <source>Return the case plan</source>
        <translation>Renvoyer le plan de cas</translation>
    </message>
    <message>
        <source>Start services</source>
        <translation>Commencer les services</translation>
    </message>
    <message>
        <source>Request closure</source>
        <translation>Demander la clôture</translation>
    </message>
    <message>
        <source>Approve closure</source>
        <translation>Approuver la clôture</translation>
    </message>
    <message>
        <source>Return for more work</source>
        <translation>Renvoyer pour compléments</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Service no longer listed (%1)</source>
        <translation>Service qui n&apos;est plus répertorié (%1)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Add a file to the case</source>
        <translation>Ajouter un fichier au cas</translation>
    </message>
    <message>
        <source>Photos, scans and documents (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf);;All files (*)</source>
        <translation>Photos, numérisations et documents (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Discard this registration?</source>
        <translation>Abandonner cet enregistrement&#xa0;?</translation>
    </message>
    <message>
        <source>What you typed about this person will be lost.</source>
        <translation>Ce que vous avez saisi sur cette personne sera perdu.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>Ne doit pas être vide.</translation>
    </message>
    <message>
        <source>This is not the right kind of value.</source>
        <translation>Ce n&apos;est pas le bon type de valeur.</translation>
    </message>
    <message>
        <source>This field is not part of a case.</source>
        <translation>Ce champ ne fait pas partie d&apos;un cas.</translation>
    </message>
    <message>
        <source>This setting is not part of the policy.</source>
        <translation>Ce paramètre ne fait pas partie de la politique.</translation>
    </message>
    <message>
        <source>This value could not be read.</source>
        <translation>Cette valeur n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation>Ce fichier n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>These changes were made on another case; open that case to save them.</source>
        <translation>Ces modifications ont été faites sur un autre cas&#xa0;; ouvrez ce cas pour les enregistrer.</translation>
    </message>
    <message>
        <source>This is not a document FieldCase can read.</source>
        <translation>Ce n&apos;est pas un document que FieldCase peut lire.</translation>
    </message>
    <message>
        <source>This document is nested too deeply to read.</source>
        <translation>Ce document est trop imbriqué pour être lu.</translation>
    </message>
    <message>
        <source>This is too large to read.</source>
        <translation>C&apos;est trop volumineux pour être lu.</translation>
    </message>
    <message>
        <source>This file is too large (%1): a case keeps files of at most %2. Scan or photograph it at a lower resolution.</source>
        <translation>Ce fichier est trop volumineux (%1)&#xa0;: un cas garde des fichiers de %2 au maximum. Numérisez-le ou photographiez-le en plus basse résolution.</translation>
    </message>
    <message>
        <source>This is a program or a script. A case keeps photos, scans and documents only.</source>
        <translation>C&apos;est un programme ou un script. Un cas ne garde que des photos, numérisations et documents.</translation>
    </message>
    <message>
        <source>This field is given twice.</source>
        <translation>Ce champ est donné deux fois.</translation>
    </message>
    <message>
        <source>This text holds a broken character; type it again.</source>
        <translation>Ce texte contient un caractère défectueux&#xa0;; saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation>Choisissez une des valeurs proposées.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Trop long&#xa0;: %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>Remove the hidden direction marks; type the name as it is written.</source>
        <translation>Retirez les marques de direction cachées&#xa0;; saisissez le nom tel qu&apos;il s&apos;écrit.</translation>
    </message>
    <message>
        <source>Type at least one visible letter.</source>
        <translation>Saisissez au moins une lettre visible.</translation>
    </message>
    <message>
        <source>Remove the line breaks or invisible characters.</source>
        <translation>Retirez les sauts de ligne ou les caractères invisibles.</translation>
    </message>
    <message>
        <source>This is not written the way it should be.</source>
        <translation>Ce n&apos;est pas écrit de la manière attendue.</translation>
    </message>
    <message>
        <source>This record&apos;s id is not valid.</source>
        <translation>L&apos;identifiant de cette fiche n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Two records have the same id.</source>
        <translation>Deux fiches ont le même identifiant.</translation>
    </message>
    <message>
        <source>This cannot be changed once it is set.</source>
        <translation>Ceci ne peut plus être modifié une fois défini.</translation>
    </message>
    <message>
        <source>Entries are kept as written; add a correction instead.</source>
        <translation>Les entrées sont gardées telles qu&apos;écrites&#xa0;; ajoutez plutôt une correction.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Saisissez un nombre de %1 à %2.</translation>
    </message>
    <message>
        <source>This number is outside the allowed range.</source>
        <translation>Ce nombre est hors de la plage autorisée.</translation>
    </message>
    <message>
        <source>Enter a real date.</source>
        <translation>Saisissez une date réelle.</translation>
    </message>
    <message>
        <source>Enter a real date and time.</source>
        <translation>Saisissez une date et une heure réelles.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <source>This date is before the one it follows.</source>
        <translation>Cette date est antérieure à celle qu&apos;elle suit.</translation>
    </message>
    <message>
        <source>This birth date gives an impossible age.</source>
        <translation>Cette date de naissance donne un âge impossible.</translation>
    </message>
    <message>
        <source>Give a date of birth or an estimated age.</source>
        <translation>Indiquez une date de naissance ou un âge estimé.</translation>
    </message>
    <message>
        <source>Choose a consent of this case.</source>
        <translation>Choisissez un consentement de ce cas.</translation>
    </message>
    <message>
        <source>No case with this number that you may open is on this laptop.</source>
        <translation>Aucun cas portant ce numéro et que vous pouvez ouvrir n&apos;est sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The person has not consented to a referral to this service. Record their consent first.</source>
        <translation>La personne n&apos;a pas consenti à une orientation vers ce service. Enregistrez d&apos;abord son consentement.</translation>
    </message>
    <message>
        <source>The person withdrew their consent to this referral, so it cannot be sent.</source>
        <translation>La personne a retiré son consentement à cette orientation, elle ne peut donc pas être envoyée.</translation>
    </message>
    <message>
        <source>Choose a service from the service directory.</source>
        <translation>Choisissez un service dans le répertoire des services.</translation>
    </message>
    <message>
        <source>Moving a case to another site is a transfer, which a supervisor makes.</source>
        <translation>Déplacer un cas vers un autre site est un transfert, que fait un superviseur.</translation>
    </message>
    <message>
        <source>Escalate a case, or clear an escalation, with its own action.</source>
        <translation>Faites remonter un cas, ou closez une remontée, avec l’action prévue.</translation>
    </message>
    <message>
        <source>The case is already at this site.</source>
        <translation>Le cas est déjà sur ce site.</translation>
    </message>
    <message>
        <source>No transfer of this case is waiting.</source>
        <translation>Aucun transfert de ce cas n’est en attente.</translation>
    </message>
    <message>
        <source>The case is not escalated.</source>
        <translation>Le cas n’est pas remonté.</translation>
    </message>
    <message>
        <source>This consent is not for a referral.</source>
        <translation>Ce consentement ne concerne pas une orientation.</translation>
    </message>
    <message>
        <source>This consent was given for another service.</source>
        <translation>Ce consentement a été donné pour un autre service.</translation>
    </message>
    <message>
        <source>A referral needs this.</source>
        <translation>Une orientation en a besoin.</translation>
    </message>
    <message>
        <source>Only a consent to refer has this.</source>
        <translation>Seul un consentement à l&apos;orientation comporte ceci.</translation>
    </message>
    <message>
        <source>Only the assigned worker or a supervisor may record this.</source>
        <translation>Seul l&apos;agent chargé du cas ou un superviseur peut enregistrer ceci.</translation>
    </message>
    <message>
        <source>This changes only through the case&apos;s workflow actions.</source>
        <translation>Ceci ne change que par les actions de déroulement du cas.</translation>
    </message>
    <message>
        <source>This case has no such record.</source>
        <translation>Ce cas n&apos;a pas cette fiche.</translation>
    </message>
    <message>
        <source>This question is not in the questionnaire.</source>
        <translation>Cette question n&apos;est pas dans le questionnaire.</translation>
    </message>
    <message>
        <source>Answer yes, no, or leave it unanswered.</source>
        <translation>Répondez oui, non, ou laissez sans réponse.</translation>
    </message>
    <message>
        <source>This questionnaire version is not on this laptop.</source>
        <translation>Cette version du questionnaire n&apos;est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This questionnaire is not on this laptop.</source>
        <translation>Ce questionnaire n&apos;est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The person&apos;s age or journey stage is needed to score this.</source>
        <translation>L&apos;âge de la personne ou l&apos;étape de son parcours est nécessaire pour calculer ce résultat.</translation>
    </message>
    <message>
        <source>This questionnaire file is damaged.</source>
        <translation>Ce fichier de questionnaire est endommagé.</translation>
    </message>
    <message>
        <source>Choose one of the two values.</source>
        <translation>Choisissez une des deux valeurs.</translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même.</translation>
    </message>
    <message>
        <source>Only a supervisor may read the audit log of this laptop.</source>
        <translation>Seul un superviseur peut lire le journal d&apos;audit de cet ordinateur.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https://</source>
        <translation>Saisissez l&apos;adresse du serveur, commençant par https://</translation>
    </message>
    <message>
        <source>The address must start with https:// so nothing is sent in clear.</source>
        <translation>L&apos;adresse doit commencer par https:// pour que rien ne soit envoyé en clair.</translation>
    </message>
    <message>
        <source>This laptop is already enrolled.</source>
        <translation>Cet ordinateur est déjà inscrit.</translation>
    </message>
    <message>
        <source>This enrolment is no longer waiting. Start again with a new code.</source>
        <translation>Cette inscription n&apos;est plus en attente. Recommencez avec un nouveau code.</translation>
    </message>
    <message>
        <source>A code is ten letters and digits, like ABCDE-12345.</source>
        <translation>Un code compte dix lettres et chiffres, comme ABCDE-12345.</translation>
    </message>
    <message>
        <source>The server does not know this code. Check it with your administrator.</source>
        <translation>Le serveur ne connaît pas ce code. Vérifiez-le avec votre administrateur.</translation>
    </message>
    <message>
        <source>This code has expired (a code lasts 24 hours). Ask your administrator for a new one.</source>
        <translation>Ce code a expiré (un code est valable 24 heures). Demandez-en un nouveau à votre administrateur.</translation>
    </message>
    <message>
        <source>This code has been used already. Ask your administrator for a new one.</source>
        <translation>Ce code a déjà été utilisé. Demandez-en un nouveau à votre administrateur.</translation>
    </message>
    <message>
        <source>This is not an organisation recovery key. Choose the key&apos;s file, or paste all of its text.</source>
        <translation>Ce n&apos;est pas une clé de récupération de l&apos;organisation. Choisissez le fichier de la clé, ou collez tout son texte.</translation>
    </message>
    <message>
        <source>This key does not open this laptop: it is another organisation&apos;s key, or the laptop was set up without one.</source>
        <translation>Cette clé n&apos;ouvre pas cet ordinateur&#xa0;: c&apos;est la clé d&apos;une autre organisation, ou l&apos;ordinateur a été configuré sans clé.</translation>
    </message>
    <message>
        <source>This is the private recovery key. Give the public key; keep the private one offline.</source>
        <translation>C&apos;est la clé de récupération privée. Donnez la clé publique&#xa0;; gardez la clé privée hors ligne.</translation>
    </message>
    <message>
        <source>A recovery public key is 64 hexadecimal digits.</source>
        <translation>Une clé publique de récupération compte 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>This laptop has no user of that name.</source>
        <translation>Cet ordinateur n&apos;a pas d&apos;utilisateur de ce nom.</translation>
    </message>
    <message>
        <source>This is not your current passphrase.</source>
        <translation>Ce n&apos;est pas votre phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>Choose a passphrase different from your current one.</source>
        <translation>Choisissez une phrase secrète différente de l&apos;actuelle.</translation>
    </message>
    <message>
        <source>The warning must come before the limit.</source>
        <translation>L&apos;avertissement doit venir avant la limite.</translation>
    </message>
    <message>
        <source>Your organisation does not allow this.</source>
        <translation>Votre organisation ne l&apos;autorise pas.</translation>
    </message>
    <message>
        <source>Your organisation requires this.</source>
        <translation>Votre organisation l&apos;exige.</translation>
    </message>
    <message>
        <source>Choose a duress passphrase different from your passphrase.</source>
        <translation>Choisissez une phrase de contrainte différente de votre phrase de passe.</translation>
    </message>
    <message>
        <source>Switch quick wipe on first.</source>
        <translation>Activez d&apos;abord l&apos;effacement rapide.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Use at least %1 characters; several words are easiest.</source>
        <translation>Utilisez au moins %1 caractères&#xa0;; plusieurs mots, c&apos;est le plus simple.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; choose something else.</source>
        <translation>C&apos;est l&apos;un des mots de passe les plus courants&#xa0;; choisissez autre chose.</translation>
    </message>
    <message>
        <source>Too repetitive: repeated characters or a repeated short pattern.</source>
        <translation>Trop répétitif&#xa0;: caractères répétés ou court motif répété.</translation>
    </message>
    <message>
        <source>A keyboard or alphabet sequence is guessed first; choose something else.</source>
        <translation>Une suite de touches du clavier ou de l&apos;alphabet est devinée en premier&#xa0;; choisissez autre chose.</translation>
    </message>
    <message>
        <source>Do not build it from your user name, the site or the product name.</source>
        <translation>Ne la construisez pas à partir de votre nom d&apos;utilisateur, du site ou du nom du logiciel.</translation>
    </message>
    <message>
        <source>The case already shows these values. Change the case and save it, or drop the refused change.</source>
        <translation>Le cas affiche déjà ces valeurs. Modifiez le cas et enregistrez-le, ou abandonnez la modification refusée.</translation>
    </message>
    <message>
        <source>You may not make this change on the server: it needs a supervisor of the case&apos;s team.</source>
        <translation>Vous ne pouvez pas faire cette modification sur le serveur&#xa0;: elle nécessite un superviseur de l&apos;équipe du cas.</translation>
    </message>
    <message>
        <source>The server does not let you change this case: it is not assigned to you, or it has moved to another team.</source>
        <translation>Le serveur ne vous permet pas de modifier ce cas&#xa0;: il ne vous est pas attribué, ou il est passé à une autre équipe.</translation>
    </message>
    <message>
        <source>The server does not know this user name.</source>
        <translation>Le serveur ne connaît pas ce nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The server does not know this site.</source>
        <translation>Le serveur ne connaît pas ce site.</translation>
    </message>
    <message>
        <source>This site belongs to another team: a case moves only between the sites of its own team.</source>
        <translation>Ce site appartient à une autre équipe&#xa0;: un cas ne passe qu&apos;entre les sites de sa propre équipe.</translation>
    </message>
    <message>
        <source>This person is not in the case&apos;s team.</source>
        <translation>Cette personne ne fait pas partie de l&apos;équipe du cas.</translation>
    </message>
    <message>
        <source>Moving a case to another site is a transfer: a supervisor of the case&apos;s team makes it, to one of the team&apos;s sites.</source>
        <translation>Déplacer un cas vers un autre site est un transfert&#xa0;: un superviseur de l&apos;équipe du cas le fait, vers l&apos;un des sites de l&apos;équipe.</translation>
    </message>
    <message>
        <source>The case cannot move to this status from the one the server holds. Use the case&apos;s workflow actions.</source>
        <translation>Le cas ne peut pas passer à ce statut depuis celui que le serveur détient. Utilisez les actions de déroulement du cas.</translation>
    </message>
    <message>
        <source>This case number is in another laptop&apos;s series. Tell your administrator.</source>
        <translation>Ce numéro de cas appartient à la série d&apos;un autre ordinateur. Prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>The screening result does not follow from its answers. Screen the person again on this laptop.</source>
        <translation>Le résultat du repérage ne découle pas de ses réponses. Refaites le repérage de la personne sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This change is too large to send.</source>
        <translation>Cette modification est trop volumineuse pour être envoyée.</translation>
    </message>
    <message>
        <source>The server could not read this change. Tell your administrator.</source>
        <translation>Le serveur n&apos;a pas pu lire cette modification. Prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>The server already holds another change under the same id. Tell your administrator.</source>
        <translation>Le serveur détient déjà une autre modification sous le même identifiant. Prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>The server holds this record as another kind of record. Tell your administrator.</source>
        <translation>Le serveur détient cette fiche comme une fiche d&apos;un autre type. Prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>The server holds this record in another case. Tell your administrator.</source>
        <translation>Le serveur détient cette fiche dans un autre cas. Prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>The server holds this record differently. Tell your administrator.</source>
        <translation>Le serveur détient cette fiche différemment. Prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>This change could not be read on this laptop, so it was not sent. Tell your administrator.</source>
        <translation>Cette modification n&apos;a pas pu être lue sur cet ordinateur, elle n&apos;a donc pas été envoyée. Prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>Too long for the server.</source>
        <translation>Trop long pour le serveur.</translation>
    </message>
    <message>
        <source>The server did not accept this change (%1).</source>
        <translation>Le serveur n&apos;a pas accepté cette modification (%1).</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Utilisez au plus %1 caractères.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
</TS>
