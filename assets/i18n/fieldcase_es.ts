<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActionWords</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Show FieldCase in this language</source>
        <translation>Mostrar FieldCase en este idioma</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflictos</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts (%Ln)</source>
        <translation>
            <numerusform>&amp;Conflictos (%Ln)</numerusform>
            <numerusform>&amp;Conflictos (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refused changes</source>
        <translation>Cambios &amp;rechazados</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Refused changes (%Ln)</source>
        <translation>
            <numerusform>Cambios &amp;rechazados (%Ln)</numerusform>
            <numerusform>Cambios &amp;rechazados (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nueva persona…</translation>
    </message>
    <message>
        <source>Register a new person</source>
        <translation>Registrar a una nueva persona</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print what this person&apos;s referral needs</source>
        <translation>Imprimir lo que necesita la derivación de esta persona</translation>
    </message>
    <message>
        <source>Print case s&amp;ummary…</source>
        <translation>Imprimir el res&amp;umen del caso…</translation>
    </message>
    <message>
        <source>Print what a reader of this case needs, marked confidential</source>
        <translation>Imprimir lo que necesita quien lea este caso, marcado como confidencial</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>Cambiar &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this laptop</source>
        <translation>Elegir una nueva frase de contraseña para este portátil</translation>
    </message>
    <message>
        <source>Prepare for &amp;travel…</source>
        <translation>Preparar el &amp;viaje…</translation>
    </message>
    <message>
        <source>Before a border crossing: erase every case from this laptop once synced; a sync brings them back</source>
        <translation>Antes de cruzar una frontera: borrar todos los casos de este portátil una vez sincronizados; una sincronización los trae de vuelta</translation>
    </message>
    <message>
        <source>&amp;Duress and quick wipe…</source>
        <translation>&amp;Coacción y borrado rápido…</translation>
    </message>
    <message>
        <source>Set a duress passphrase; switch the quick wipe on or off</source>
        <translation>Definir una frase de paso de coacción; activar o desactivar el borrado rápido</translation>
    </message>
    <message>
        <source>Quick &amp;wipe…</source>
        <translation>Borrado &amp;rápido…</translation>
    </message>
    <message>
        <source>Erase everything on this laptop at once</source>
        <translation>Borrar todo en este portátil de inmediato</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock FieldCase now</source>
        <translation>Bloquear FieldCase ahora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close FieldCase</source>
        <translation>Cerrar FieldCase</translation>
    </message>
    <message>
        <source>Sea&amp;rch…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search by name, case number, phone or document</source>
        <translation>Buscar por nombre, número de caso, teléfono o documento</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Guardar el caso</translation>
    </message>
    <message>
        <source>&amp;Due follow-ups</source>
        <translation>&amp;Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Overdue, today and this week</source>
        <translation>Vencidos, hoy y esta semana</translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation>&amp;Cola de revisión</translation>
    </message>
    <message>
        <source>What waits for a supervisor, in groups with counts</source>
        <translation>Lo que espera a un supervisor, en grupos con recuentos</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>Pa&amp;nel</translation>
    </message>
    <message>
        <source>The team&apos;s cases counted, in charts to save as PNG or CSV</source>
        <translation>Los casos del equipo contados, en gráficos que se pueden guardar como PNG o CSV</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <source>Agree the case plan or approve the closure it waits for</source>
        <translation>Aprobar el plan del caso o el cierre pendiente</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>De&amp;volver…</translation>
    </message>
    <message>
        <source>Send the case plan or the closure back, with a comment</source>
        <translation>Devolver el plan del caso o el cierre, con un comentario</translation>
    </message>
    <message>
        <source>Ass&amp;ign to…</source>
        <translation>As&amp;ignar a…</translation>
    </message>
    <message>
        <source>Give the selected cases to a member of the team</source>
        <translation>Asignar los casos seleccionados a un miembro del equipo</translation>
    </message>
    <message>
        <source>Accept trans&amp;fer</source>
        <translation>&amp;Aceptar traslado</translation>
    </message>
    <message>
        <source>Take the case whose transfer waits for your site</source>
        <translation>Recibir el caso cuyo traslado espera a su sitio</translation>
    </message>
    <message>
        <source>Dec&amp;line transfer…</source>
        <translation>Rec&amp;hazar traslado…</translation>
    </message>
    <message>
        <source>Leave the case with the team that sent it, saying why</source>
        <translation>Dejar el caso con el equipo que lo envió, diciendo por qué</translation>
    </message>
    <message>
        <source>Transfer to another sit&amp;e…</source>
        <translation>Trasladar a &amp;otro sitio…</translation>
    </message>
    <message>
        <source>Propose moving the case; it moves when a supervisor there accepts</source>
        <translation>Proponer trasladar el caso; se traslada cuando un supervisor de allí acepta</translation>
    </message>
    <message>
        <source>Es&amp;calate…</source>
        <translation>&amp;Escalar…</translation>
    </message>
    <message>
        <source>Raise the case to a supervisor, saying why</source>
        <translation>Elevar el caso a un supervisor, diciendo por qué</translation>
    </message>
    <message>
        <source>Clear escalati&amp;on</source>
        <translation>Cerrar esca&amp;lada</translation>
    </message>
    <message>
        <source>The escalation of the case is dealt with</source>
        <translation>La escalada del caso está atendida</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <source>Who viewed, changed, exported or printed which case, when</source>
        <translation>Quién vio, modificó, exportó o imprimió qué caso, y cuándo</translation>
    </message>
    <message>
        <source>Rete&amp;ntion…</source>
        <translation>Re&amp;tención…</translation>
    </message>
    <message>
        <source>Closed cases past your organisation&apos;s retention, to remove from this laptop</source>
        <translation>Casos cerrados que superan el plazo de retención de su organización, para quitarlos de este portátil</translation>
    </message>
    <message>
        <source>Erase t&amp;his person&apos;s record…</source>
        <translation>Eli&amp;minar el expediente de esta persona…</translation>
    </message>
    <message>
        <source>Erase the open case here, on the server and on every laptop, at a person&apos;s request</source>
        <translation>Eliminar el caso abierto aquí, en el servidor y en cada portátil, a petición de la persona</translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translation>Enviar y recibir cambios ahora</translation>
    </message>
    <message>
        <source>Fields changed differently on two laptops</source>
        <translation>Campos modificados de forma distinta en dos portátiles</translation>
    </message>
    <message>
        <source>Changes the server did not accept, with the reason</source>
        <translation>Cambios que el servidor no aceptó, con el motivo</translation>
    </message>
    <message>
        <source>&amp;Enrol this laptop…</source>
        <translation>I&amp;nscribir este portátil…</translation>
    </message>
    <message>
        <source>Connect this laptop to your organisation&apos;s server with a one-time code</source>
        <translation>Conectar este portátil al servidor de su organización con un código de un solo uso</translation>
    </message>
    <message>
        <source>Sign &amp;in to the server…</source>
        <translation>&amp;Iniciar sesión en el servidor…</translation>
    </message>
    <message>
        <source>Sign in with your server passphrase</source>
        <translation>Iniciar sesión con su frase de contraseña del servidor</translation>
    </message>
    <message>
        <source>&amp;About FieldCase</source>
        <translation>&amp;Acerca de FieldCase</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Versión y licencias</translation>
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
        <translation>En inglés: %1</translation>
    </message>
    <message>
        <source>⚠ Sensitive: ask in private, with no one else present.</source>
        <translation>⚠ Delicada: pregunte en privado, sin nadie más presente.</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>FieldCase — demo</source>
        <translation>FieldCase — demostración</translation>
    </message>
    <message numerus="yes">
        <source>Preparing a demo with %Ln fictional case(s)…</source>
        <translation>
            <numerusform>Preparando una demostración con %Ln caso ficticio…</numerusform>
            <numerusform>Preparando una demostración con %Ln casos ficticios…</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo could not be prepared. %1</source>
        <translation>No se pudo preparar la demostración. %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>FieldCase — assign cases</source>
        <translation>FieldCase — asignar casos</translation>
    </message>
    <message>
        <source>Each case is changed on its own and syncs; a case that cannot be assigned is named with the reason, and the others go.</source>
        <translation>Cada caso se modifica por separado y se sincroniza; si un caso no puede asignarse, se indica con el motivo y los demás se asignan.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
</context>
<context>
    <name>AssistanceSection</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dada por</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Assistance given</source>
        <translation>Asistencia prestada</translation>
    </message>
    <message>
        <source>No assistance recorded yet.</source>
        <translation>Aún no hay asistencia registrada.</translation>
    </message>
    <message>
        <source>Record assistance given</source>
        <translation>Registrar asistencia prestada</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>Dada &amp;por</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>D&amp;etalles</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Asistencia</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>FieldCase — attachment</source>
        <translation>FieldCase — archivo adjunto</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This file could not be shown: it may be damaged.</source>
        <translation>No se pudo mostrar este archivo: puede estar dañado.</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here. FieldCase does not open it in another program, because that would write it to the disk unencrypted.</source>
        <translation>Este tipo de archivo no se puede mostrar aquí. FieldCase no lo abre en otro programa, porque eso lo escribiría en el disco sin cifrar.</translation>
    </message>
    <message>
        <source>The first %1 pages of %2.</source>
        <translation>Las primeras %1 páginas de %2.</translation>
    </message>
    <message>
        <source>%1 pages.</source>
        <translation>%1 páginas.</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Files are added to the case at once, encrypted on this laptop: they do not wait for Save. Select a file and press Enter to view it.</source>
        <translation>Los archivos se añaden al caso de inmediato, cifrados en este portátil: no esperan a Guardar. Seleccione un archivo y pulse Intro para verlo.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>En este portátil</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation>Aún no hay archivos.</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Añadir un archivo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>What it shows, e.g. consent form, page 1</source>
        <translation>Qué muestra, p. ej. formulario de consentimiento, página 1</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>&amp;Añadir un archivo…</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Añadir un archivo…</translation>
    </message>
    <message>
        <source>or drop a file anywhere on this tab.</source>
        <translation>o suelte un archivo en cualquier lugar de esta pestaña.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sin etiqueta)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Image (%1)</source>
        <translation>Imagen (%1)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Sound (%1)</source>
        <translation>Audio (%1)</translation>
    </message>
    <message>
        <source>Video (%1)</source>
        <translation>Vídeo (%1)</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Otro archivo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Yes, not sent yet</source>
        <translation>Sí, aún no enviado</translation>
    </message>
    <message>
        <source>Not yet: the next sync fetches it</source>
        <translation>Aún no: llegará con la próxima sincronización</translation>
    </message>
    <message>
        <source>This file is not on this laptop yet. It comes with the next sync, once there is a connection.</source>
        <translation>Este archivo aún no está en este portátil. Llegará con la próxima sincronización, cuando haya conexión.</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Abriendo el archivo…</translation>
    </message>
    <message>
        <source>This file cannot be read on this laptop: it is damaged, or not fully here yet. Sync, then try again; tell your administrator if it stays so.</source>
        <translation>Este archivo no se puede leer en este portátil: está dañado o aún no ha llegado completo. Sincronice e inténtelo de nuevo; avise a su administrador si sigue igual.</translation>
    </message>
    <message>
        <source>Adding the file…</source>
        <translation>Añadiendo el archivo…</translation>
    </message>
    <message>
        <source>Added, encrypted on this laptop. It goes to the server with the next sync.</source>
        <translation>Añadido y cifrado en este portátil. Se enviará al servidor con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Not added.</source>
        <translation>No se añadió.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>FieldCase — audit log</source>
        <translation>FieldCase — registro de auditoría</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>C&amp;ase number</source>
        <translation>&amp;Número de caso</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>What was done on this laptop, newest first: case numbers, never names. Enter opens the case. Opening this window is recorded in the log too.</source>
        <translation>Lo que se hizo en este portátil, lo más reciente primero: números de caso, nunca nombres. Intro abre el caso. Abrir esta ventana también queda registrado.</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>Ningún evento coincide con estos filtros.</translation>
    </message>
    <message>
        <source>This event names several cases: open one from the case list.</source>
        <translation>Este evento menciona varios casos: abra uno desde la lista de casos.</translation>
    </message>
    <message>
        <source>This case is no longer on this laptop.</source>
        <translation>Este caso ya no está en este portátil.</translation>
    </message>
    <message>
        <source>This event is not about one case.</source>
        <translation>Este evento no se refiere a un solo caso.</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Viewed</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 y %Ln más</numerusform>
            <numerusform>%1 y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) no longer on this laptop</source>
        <translation>
            <numerusform>%Ln caso que ya no está en este portátil</numerusform>
            <numerusform>%Ln casos que ya no están en este portátil</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s).</source>
        <translation>
            <numerusform>%Ln evento.</numerusform>
            <numerusform>%Ln eventos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln event(s); more load as you scroll down.</source>
        <translation>
            <numerusform>%Ln evento, el más reciente; se cargan más al desplazarse hacia abajo.</numerusform>
            <numerusform>Los %Ln eventos más recientes; se cargan más al desplazarse hacia abajo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Nothing to count yet.</source>
        <translation>Aún no hay nada que contar.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>count</source>
        <translation>recuento</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>No cerrados</translation>
    </message>
    <message>
        <source>Any, closed too</source>
        <translation>Todos, también cerrados</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Riesgo:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>not screened</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Vencimiento:</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Flag:</source>
        <translation>Alerta:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Asignado a:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Overdue</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Status: %1 · Stage: %2 · Risk: %3</source>
        <translation>Estado: %1 · Etapa: %2 · Riesgo: %3</translation>
    </message>
    <message>
        <source>not screened</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>Overdue: %1 — %2</source>
        <translation>Con retraso: %1 — %2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Overdue: the earliest open task was due on {date}</source>
        <translation>Vencido: la tarea abierta más antigua vencía el {date}</translation>
    </message>
    <message>
        <source>{status} · matched on {what}</source>
        <translation>{status} · coincide por {what}</translation>
    </message>
    <message>
        <source>Overdue · {date}</source>
        <translation>Vencido · {date}</translation>
    </message>
    <message>
        <source>Today · {date}</source>
        <translation>Hoy · {date}</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>número de caso</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>número de documento</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>No one found for “{text}”. Check the spelling, or search by phone or document number.</source>
        <translation>No se encontró a nadie para «{text}». Revise la ortografía o busque por teléfono o número de documento.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;register&quot;&gt;Register “{text}” as a new person&lt;/a&gt; (press Enter in the search box, or Ctrl+N)</source>
        <translation>&lt;a href=&quot;register&quot;&gt;Registrar «{text}» como nueva persona&lt;/a&gt; (pulse Intro en el cuadro de búsqueda, o Ctrl+N)</translation>
    </message>
    <message>
        <source>No cases yet. Press Ctrl+N to register a person.</source>
        <translation>Aún no hay casos. Pulse Ctrl+N para registrar a una persona.</translation>
    </message>
    <message>
        <source>Nothing matches these filters — &lt;a href=&quot;clear&quot;&gt;clear filters&lt;/a&gt;</source>
        <translation>Nada coincide con estos filtros — &lt;a href=&quot;clear&quot;&gt;quitar filtros&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No cases in this list.</source>
        <translation>No hay casos en esta lista.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the case (%1)</source>
        <translation>Guardar el caso (%1)</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>Abriendo el caso…</translation>
    </message>
    <message>
        <source>This case changed while you were editing: %1. Your edits are kept; if you save them, both values are kept for you to settle in Conflicts.</source>
        <translation>Este caso cambió mientras usted lo editaba: %1. Sus cambios se conservan; si los guarda, se conservan ambos valores para que los resuelva en Conflictos.</translation>
    </message>
    <message>
        <source>Choose a saved referral in the list, then print its letter.</source>
        <translation>Elija una derivación guardada en la lista y luego imprima su carta.</translation>
    </message>
    <message>
        <source>Case %1 was erased from this laptop. The next sync erases it on the server and every other laptop.</source>
        <translation>El caso %1 se eliminó de este portátil. La próxima sincronización lo elimina del servidor y de todos los demás portátiles.</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>Nada que guardar: no se cambió nada.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>This case changed while you were editing: %1 — both values are kept; see Conflicts to choose.</source>
        <translation>Este caso cambió mientras usted lo editaba: %1 — se conservan ambos valores; vea Conflictos para elegir.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>%1 See: %2.</source>
        <translation>%1 Vea: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Select a case in the list and press Enter to open it.</source>
        <translation>Seleccione un caso en la lista y pulse Intro para abrirlo.</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <source>FieldCase — case summary</source>
        <translation>FieldCase — resumen del caso</translation>
    </message>
    <message>
        <source>This is everything the summary shows. Print it, or save it as a PDF where you choose; either asks for your passphrase and is recorded in the audit log.</source>
        <translation>Esto es todo lo que muestra el resumen. Imprímalo o guárdelo como PDF donde elija; ambas cosas piden su frase de contraseña y quedan registradas en el registro de auditoría.</translation>
    </message>
    <message>
        <source>&amp;Include who the person is (name, age, nationality, languages)</source>
        <translation>&amp;Incluir quién es la persona (nombre, edad, nacionalidad, idiomas)</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Resumen del caso</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Print the case summary</source>
        <translation>Imprimir el resumen del caso</translation>
    </message>
    <message>
        <source>Save the case summary</source>
        <translation>Guardar el resumen del caso</translation>
    </message>
    <message>
        <source>case-summary.pdf</source>
        <translation>resumen-del-caso.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be saved there.</source>
        <translation>No se pudo guardar el resumen ahí.</translation>
    </message>
    <message>
        <source>The printer could not be reached.</source>
        <translation>No se pudo acceder a la impresora.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>FieldCase — change passphrase</source>
        <translation>FieldCase — cambiar frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Frase de contraseña &amp;actual</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Cambie su frase de contraseña</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The new passphrase opens this laptop from the next unlock on; the old one no longer does. A few random words you can remember work well. Your server passphrase does not change.</source>
        <translation>La nueva frase de contraseña abrirá este portátil a partir del próximo desbloqueo; la anterior dejará de hacerlo. Unas cuantas palabras al azar que pueda recordar funcionan bien. Su frase de contraseña del servidor no cambia.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Cambiando…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one the next time you unlock.</source>
        <translation>Su frase de contraseña se cambió. Use la nueva la próxima vez que desbloquee.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Guardar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Guardar como CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved there.</source>
        <translation>No se pudo guardar el gráfico ahí.</translation>
    </message>
    <message>
        <source>Save the counts as CSV</source>
        <translation>Guardar los recuentos como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The counts could not be saved there.</source>
        <translation>No se pudieron guardar los recuentos ahí.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>FieldCase — conflicts</source>
        <translation>FieldCase — conflictos</translation>
    </message>
    <message>
        <source>These fields were changed differently on two laptops before they synced. Both values are kept, and the case shows the one marked “shown now” until someone decides. Select the value that is right and keep it; the choice syncs to every laptop.</source>
        <translation>Estos campos se modificaron de forma distinta en dos portátiles antes de sincronizarse. Se conservan ambos valores, y el caso muestra el marcado como «mostrado ahora» hasta que alguien decida. Seleccione el valor correcto y consérvelo; la elección se sincroniza en todos los portátiles.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No hay conflictos abiertos.</translation>
    </message>
    <message>
        <source>Keep the selected value</source>
        <translation>Conservar el valor seleccionado</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Introducido por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(registro completo)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(not on this laptop)</source>
        <translation>(no está en este portátil)</translation>
    </message>
    <message>
        <source>✓ shown now</source>
        <translation>✓ mostrado ahora</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Ask before recording more than the minimum. Tick what the person agrees to; consent to a referral is asked for each service when referring.</source>
        <translation>Pida el consentimiento antes de registrar más de lo mínimo. Marque lo que la persona acepta; el consentimiento para una derivación se pide para cada servicio al derivar.</translation>
    </message>
    <message>
        <source>&amp;Registration: keep a record to help them</source>
        <translation>&amp;Registro: guardar sus datos para ayudarle</translation>
    </message>
    <message>
        <source>Follow-up &amp;contact</source>
        <translation>&amp;Contacto de seguimiento</translation>
    </message>
    <message>
        <source>Anonymous s&amp;tatistics</source>
        <translation>Es&amp;tadísticas anónimas</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>Dado &amp;por</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>Có&amp;mo</translation>
    </message>
</context>
<context>
    <name>ConsentsSection</name>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dado por</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Registrar un consentimiento</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Finalidad</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>Dado &amp;por</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>F&amp;orma</translation>
    </message>
    <message>
        <source>Given &amp;on</source>
        <translation>Dado &amp;el</translation>
    </message>
    <message>
        <source>Withdrawn on %1 (given on %2)</source>
        <translation>Retirado el %1 (dado el %2)</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>Dado el %1</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (aún sin guardar)</translation>
    </message>
    <message>
        <source>&amp;Keep the consent</source>
        <translation>&amp;Guardar el consentimiento</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>0 to 1 day</source>
        <translation>De 0 a 1 día</translation>
    </message>
    <message>
        <source>2 to 7 days</source>
        <translation>De 2 a 7 días</translation>
    </message>
    <message>
        <source>8 to 30 days</source>
        <translation>De 8 a 30 días</translation>
    </message>
    <message>
        <source>More than 30 days</source>
        <translation>Más de 30 días</translation>
    </message>
    <message>
        <source>No case has had assistance recorded yet.</source>
        <translation>Aún no hay ningún caso con asistencia registrada.</translation>
    </message>
    <message>
        <source>Nobody (intake)</source>
        <translation>Nadie (recepción)</translation>
    </message>
    <message>
        <source>Cases by stage</source>
        <translation>Casos por etapa</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Casos por estado</translation>
    </message>
    <message>
        <source>Every case, closed ones too.</source>
        <translation>Todos los casos, también los cerrados.</translation>
    </message>
    <message>
        <source>Cases by risk</source>
        <translation>Casos por nivel de riesgo</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Cases by site</source>
        <translation>Casos por sede</translation>
    </message>
    <message>
        <source>Cases by nationality</source>
        <translation>Casos por nacionalidad</translation>
    </message>
    <message>
        <source>New cases per week</source>
        <translation>Casos nuevos por semana</translation>
    </message>
    <message>
        <source>By registration date, the last 12 weeks.</source>
        <translation>Por fecha de registro, las últimas 12 semanas.</translation>
    </message>
    <message>
        <source>Days from registration to first assistance</source>
        <translation>Días desde el registro hasta la primera asistencia</translation>
    </message>
    <message>
        <source>Referral outcomes</source>
        <translation>Resultados de las derivaciones</translation>
    </message>
    <message>
        <source>Every referral, closed cases&apos; too.</source>
        <translation>Todas las derivaciones, también las de casos cerrados.</translation>
    </message>
    <message>
        <source>Open cases per worker</source>
        <translation>Casos abiertos por trabajador/a</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>FieldCase — dashboard</source>
        <translation>FieldCase — panel</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Counted on %1.</source>
        <translation>Contado el %1.</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Put back what you typed and did not save</source>
        <translation>Recuperar lo que escribió y no guardó</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Delete what you typed and did not save</source>
        <translation>Borrar lo que escribió y no guardó</translation>
    </message>
    <message>
        <source>You have unsaved changes from %1.</source>
        <translation>Tiene cambios sin guardar de %1.</translation>
    </message>
</context>
<context>
    <name>DraftWords</name>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>hace %Ln minuto</numerusform>
            <numerusform>hace %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>hace %Ln hora</numerusform>
            <numerusform>hace %Ln horas</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>el %1 a las %2</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>FieldCase — follow-ups due</source>
        <translation>FieldCase — seguimientos pendientes</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>What is due</source>
        <translation>Qué está pendiente</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>A person&apos;s name shows on the selected row only. Enter opens the case.</source>
        <translation>El nombre de la persona solo se muestra en la fila seleccionada. Intro abre el caso.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Nothing is due in the next %1 days, and nothing is overdue. Follow-ups are the tasks of a case&apos;s plan.</source>
        <translation>No hay nada pendiente en los próximos %1 días ni nada vencido. Los seguimientos son las tareas del plan de un caso.</translation>
    </message>
</context>
<context>
    <name>DueWords</name>
    <message numerus="yes">
        <source>Overdue (%Ln)</source>
        <translation>
            <numerusform>Vencido (%Ln)</numerusform>
            <numerusform>Vencidos (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due today (%Ln)</source>
        <translation>
            <numerusform>Para hoy (%Ln)</numerusform>
            <numerusform>Para hoy (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in the next %1 days (%Ln)</source>
        <translation>
            <numerusform>En los próximos %1 días (%Ln)</numerusform>
            <numerusform>En los próximos %1 días (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>vencido hace %Ln día</numerusform>
            <numerusform>vencido hace %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message numerus="yes">
        <source>In %Ln day(s)</source>
        <translation>
            <numerusform>En %Ln día</numerusform>
            <numerusform>En %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln vencido</numerusform>
            <numerusform>%Ln vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln para hoy</numerusform>
            <numerusform>%Ln para hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the next %1 days</source>
        <translation>
            <numerusform>%Ln en los próximos %1 días</numerusform>
            <numerusform>%Ln en los próximos %1 días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>The follow-ups of %Ln more case(s) are due but not listed: the earliest come first.</source>
        <translation>
            <numerusform>Los seguimientos de %Ln caso más están pendientes pero no se muestran: los más antiguos van primero.</numerusform>
            <numerusform>Los seguimientos de %Ln casos más están pendientes pero no se muestran: los más antiguos van primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmergencyDesk</name>
    <message>
        <source>FieldCase — quick wipe</source>
        <translation>FieldCase — borrado rápido</translation>
    </message>
    <message>
        <source>Erase everything on this laptop now? Cases, attachments and keys are destroyed at once; what was not synced is lost.</source>
        <translation>¿Borrar todo en este portátil ahora? Los casos, los adjuntos y las claves se destruyen de inmediato; lo que no se sincronizó se pierde.</translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>Borrar ahora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>FieldCase — enrol this laptop</source>
        <translation>FieldCase — inscribir este portátil</translation>
    </message>
    <message>
        <source>Enrol this laptop with your organisation&apos;s server</source>
        <translation>Inscribir este portátil en el servidor de su organización</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your administrator gives you three things: the server&apos;s address, a one-time code, and the server key&apos;s fingerprint. Keep the fingerprint at hand: you will compare it in the next step.</source>
        <translation>Su administrador le da tres cosas: la dirección del servidor, un código de un solo uso y la huella de la clave del servidor. Tenga la huella a mano: la comparará en el paso siguiente.</translation>
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
        <translation>&amp;Dirección del servidor</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>&amp;Código de un solo uso</translation>
    </message>
    <message>
        <source>Server key fingerprint</source>
        <translation>Huella de la clave del servidor</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your administrator gave you: every letter and digit must be the same. If they differ, someone may be answering in the server&apos;s place: choose &quot;They do not match&quot; and tell your administrator.</source>
        <translation>Compárela con la huella que le dio su administrador: cada letra y cada cifra deben ser iguales. Si no coinciden, puede que alguien esté respondiendo en lugar del servidor: elija «No coinciden» y avise a su administrador.</translation>
    </message>
    <message>
        <source>They do &amp;not match</source>
        <translation>&amp;No coinciden</translation>
    </message>
    <message>
        <source>Nothing was kept. Tell your administrator that the fingerprint did not match; they should revoke the enrolment that code made and give you a new code.</source>
        <translation>No se guardó nada. Informe a su administrador de que la huella no coincidía; debe revocar la inscripción hecha con ese código y darle un código nuevo.</translation>
    </message>
    <message>
        <source>The server at %1 showed this key fingerprint:</source>
        <translation>El servidor en %1 mostró esta huella de clave:</translation>
    </message>
    <message>
        <source>This laptop is enrolled. Its first sync starts now; after that it syncs on its own whenever there is a connection.</source>
        <translation>Este portátil está inscrito. Su primera sincronización empieza ahora; después se sincroniza solo siempre que haya conexión.</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Contactando con el servidor…</translation>
    </message>
    <message>
        <source>They &amp;match: enrol</source>
        <translation>Coinciden: &amp;inscribir</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Inscribiendo…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>FieldCase — erase a record</source>
        <translation>FieldCase — eliminar un expediente</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>Su &amp;frase de contraseña</translation>
    </message>
    <message>
        <source>Erase case %1</source>
        <translation>Eliminar el caso %1</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Everything about this person in case %1 is erased from this laptop now, and from the server and every other laptop at their next sync: details, notes, attachments, history. It cannot be undone. The audit log keeps the case number and your reason. Type your passphrase again to confirm it is you.</source>
        <translation>Todo lo relativo a esta persona en el caso %1 se elimina ahora de este portátil, y del servidor y de cada otro portátil en su próxima sincronización: datos, notas, adjuntos, historial. No se puede deshacer. El registro de auditoría conserva el número del caso y su motivo. Escriba de nuevo su frase de contraseña para confirmar que es usted.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>EvidenceWords</name>
    <message>
        <source>Same name</source>
        <translation>Mismo nombre</translation>
    </message>
    <message>
        <source>Same name in another script (%1 ~ %2)</source>
        <translation>Mismo nombre en otra escritura (%1 ~ %2)</translation>
    </message>
    <message>
        <source>Names sound alike (%1 ~ %2)</source>
        <translation>Los nombres suenan parecido (%1 ~ %2)</translation>
    </message>
    <message>
        <source>Names somewhat alike (%1 ~ %2)</source>
        <translation>Los nombres se parecen algo (%1 ~ %2)</translation>
    </message>
    <message>
        <source>Names differ</source>
        <translation>Los nombres son distintos</translation>
    </message>
    <message>
        <source>Same date of birth</source>
        <translation>Misma fecha de nacimiento</translation>
    </message>
    <message>
        <source>Same date of birth, but 1 January (often written when only the year is known)</source>
        <translation>Misma fecha de nacimiento, pero 1 de enero (se suele anotar cuando solo se conoce el año)</translation>
    </message>
    <message>
        <source>Same date of birth with day and month swapped</source>
        <translation>Misma fecha de nacimiento con día y mes invertidos</translation>
    </message>
    <message>
        <source>Born in the same year</source>
        <translation>Nacidos el mismo año</translation>
    </message>
    <message>
        <source>Born a year apart</source>
        <translation>Nacidos con un año de diferencia</translation>
    </message>
    <message>
        <source>Different dates of birth</source>
        <translation>Fechas de nacimiento distintas</translation>
    </message>
    <message>
        <source>Estimated ages fit each other</source>
        <translation>Las edades estimadas concuerdan</translation>
    </message>
    <message>
        <source>Estimated ages far apart</source>
        <translation>Las edades estimadas están muy alejadas</translation>
    </message>
    <message>
        <source>Age estimate %1 fits the date of birth</source>
        <translation>La edad estimada %1 concuerda con la fecha de nacimiento</translation>
    </message>
    <message>
        <source>Age estimate %1 does not fit the date of birth</source>
        <translation>La edad estimada %1 no concuerda con la fecha de nacimiento</translation>
    </message>
    <message>
        <source>Same document number</source>
        <translation>Mismo número de documento</translation>
    </message>
    <message>
        <source>Document numbers the same except for O/0 or I/1</source>
        <translation>Números de documento iguales salvo por O/0 o I/1</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Mismo número de teléfono</translation>
    </message>
    <message>
        <source>Same nationality (%1)</source>
        <translation>Misma nacionalidad (%1)</translation>
    </message>
    <message>
        <source>Different nationality (%1 / %2)</source>
        <translation>Nacionalidad distinta (%1 / %2)</translation>
    </message>
    <message>
        <source>Different sex recorded</source>
        <translation>Sexo registrado distinto</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Functioning</source>
        <translation>Funcionamiento</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>Idioma de la entrevista</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <source>Document issued by</source>
        <translation>Documento expedido por</translation>
    </message>
    <message>
        <source>Who holds the document</source>
        <translation>Quién tiene el documento</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Abierto el</translation>
    </message>
    <message>
        <source>Transfer to another site</source>
        <translation>Traslado a otro sitio</translation>
    </message>
    <message>
        <source>Declined transfer</source>
        <translation>Traslado rechazado</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalamiento</translation>
    </message>
    <message>
        <source>Stage of migration</source>
        <translation>Etapa de la migración</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Leg started on</source>
        <translation>Inicio del tramo</translation>
    </message>
    <message>
        <source>Leg ended on</source>
        <translation>Fin del tramo</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Medio de transporte</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>Versión del cuestionario</translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Level and reasons</source>
        <translation>Nivel y motivos</translation>
    </message>
    <message>
        <source>Kind of assistance</source>
        <translation>Tipo de asistencia</translation>
    </message>
    <message>
        <source>Assistance date</source>
        <translation>Fecha de la asistencia</translation>
    </message>
    <message>
        <source>Assistance given by</source>
        <translation>Asistencia dada por</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Motivo de la derivación</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Derivado el</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>Estado de la derivación</translation>
    </message>
    <message>
        <source>Consent to this referral</source>
        <translation>Consentimiento para esta derivación</translation>
    </message>
    <message>
        <source>Consent purpose</source>
        <translation>Finalidad del consentimiento</translation>
    </message>
    <message>
        <source>Service consented to</source>
        <translation>Servicio consentido</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Consentimiento dado por</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Formulario de consentimiento</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consentimiento dado el</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Título de la tarea</translation>
    </message>
    <message>
        <source>Task due date</source>
        <translation>Fecha límite de la tarea</translation>
    </message>
    <message>
        <source>Task assigned to</source>
        <translation>Tarea asignada a</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Tarea hecha</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Note written by</source>
        <translation>Nota escrita por</translation>
    </message>
    <message>
        <source>Note written on</source>
        <translation>Nota escrita el</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Linked case</source>
        <translation>Caso vinculado</translation>
    </message>
    <message>
        <source>Household member&apos;s name</source>
        <translation>Nombre del miembro del hogar</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Tamaño del archivo</translation>
    </message>
    <message>
        <source>File contents</source>
        <translation>Contenido del archivo</translation>
    </message>
    <message>
        <source>File label</source>
        <translation>Etiqueta del archivo</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentimiento retirado</translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message>
        <source>Please correct the fields marked above.</source>
        <translation>Corrija los campos marcados arriba.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>Demasiadas frases de contraseña incorrectas. Vuelva a intentarlo en %Ln segundo.</numerusform>
            <numerusform>Demasiadas frases de contraseña incorrectas. Vuelva a intentarlo en %Ln segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Vuelva a intentarlo en %Ln segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos. Vuelva a intentarlo en %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>HeaderWords</name>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln seguimiento</numerusform>
            <numerusform>%Ln seguimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the oldest by %Ln day(s)</source>
        <translation>
            <numerusform>el más antiguo venció hace %Ln día</numerusform>
            <numerusform>el más antiguo venció hace %Ln días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>What was done to this case on this laptop. Other laptops keep their own history.</source>
        <translation>Lo que se hizo en este caso en este portátil. Los demás portátiles guardan su propio historial.</translation>
    </message>
    <message>
        <source>The newest %1 events are listed; older ones are in the audit log.</source>
        <translation>Se muestran los %1 eventos más recientes; los anteriores están en el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Registered the person</source>
        <translation>Registró a la persona</translation>
    </message>
    <message>
        <source>Opened the case</source>
        <translation>Abrió el caso</translation>
    </message>
    <message>
        <source>Changed the case</source>
        <translation>Modificó el caso</translation>
    </message>
    <message>
        <source>Proposed a transfer to another site</source>
        <translation>Propuso un traslado a otro sitio</translation>
    </message>
    <message>
        <source>Withdrew the transfer</source>
        <translation>Retiró el traslado</translation>
    </message>
    <message>
        <source>Accepted the transfer to this site</source>
        <translation>Aceptó el traslado a este sitio</translation>
    </message>
    <message>
        <source>Declined the transfer</source>
        <translation>Rechazó el traslado</translation>
    </message>
    <message>
        <source>Escalated the case to a supervisor</source>
        <translation>Escaló el caso a un supervisor</translation>
    </message>
    <message>
        <source>Cleared the escalation</source>
        <translation>Cerró la escalada</translation>
    </message>
    <message>
        <source>Removed an entry</source>
        <translation>Eliminó una entrada</translation>
    </message>
    <message>
        <source>Removed the case from this laptop</source>
        <translation>Quitó el caso de este portátil</translation>
    </message>
    <message>
        <source>Added a file</source>
        <translation>Añadió un archivo</translation>
    </message>
    <message>
        <source>Looked at a file</source>
        <translation>Consultó un archivo</translation>
    </message>
    <message>
        <source>Removed a file</source>
        <translation>Eliminó un archivo</translation>
    </message>
    <message>
        <source>Settled a conflict</source>
        <translation>Resolvió un conflicto</translation>
    </message>
    <message>
        <source>Printed a referral</source>
        <translation>Imprimió una derivación</translation>
    </message>
    <message>
        <source>Printed a case summary</source>
        <translation>Imprimió un resumen del caso</translation>
    </message>
    <message>
        <source>Sent a refused change again</source>
        <translation>Volvió a enviar un cambio rechazado</translation>
    </message>
    <message>
        <source>Dropped a refused change</source>
        <translation>Descartó un cambio rechazado</translation>
    </message>
    <message>
        <source>Exported cases</source>
        <translation>Exportó casos</translation>
    </message>
    <message>
        <source>Exported everything held about the person (subject access)</source>
        <translation>Exportó todo lo que se tiene sobre la persona (derecho de acceso)</translation>
    </message>
    <message>
        <source>Wrote an anonymised report (HTCDS)</source>
        <translation>Generó un informe anonimizado (HTCDS)</translation>
    </message>
    <message>
        <source>Wrote an anonymised report (HXL)</source>
        <translation>Generó un informe anonimizado (HXL)</translation>
    </message>
    <message>
        <source>Saved a dashboard chart</source>
        <translation>Guardó un gráfico del panel</translation>
    </message>
    <message>
        <source>Unlocked FieldCase</source>
        <translation>Desbloqueó FieldCase</translation>
    </message>
    <message>
        <source>Opened the audit log</source>
        <translation>Abrió el registro de auditoría</translation>
    </message>
    <message>
        <source>Signed in to the server</source>
        <translation>Inició sesión en el servidor</translation>
    </message>
    <message>
        <source>Synced with the server</source>
        <translation>Sincronizó con el servidor</translation>
    </message>
    <message>
        <source>Kept a draft</source>
        <translation>Guardó un borrador</translation>
    </message>
    <message>
        <source>Discarded a draft</source>
        <translation>Descartó un borrador</translation>
    </message>
    <message>
        <source>Added a user to this laptop</source>
        <translation>Añadió un usuario a este portátil</translation>
    </message>
    <message>
        <source>Removed a user from this laptop</source>
        <translation>Quitó un usuario de este portátil</translation>
    </message>
    <message>
        <source>Set up FieldCase on this laptop</source>
        <translation>Configuró FieldCase en este portátil</translation>
    </message>
    <message>
        <source>Added demonstration cases</source>
        <translation>Añadió casos de demostración</translation>
    </message>
    <message>
        <source>Another action (%1)</source>
        <translation>Otra acción (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln record(s))</source>
        <translation>
            <numerusform>%1 (%Ln registro)</numerusform>
            <numerusform>%1 (%Ln registros)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln case(s))</source>
        <translation>
            <numerusform>%1 (%Ln caso)</numerusform>
            <numerusform>%1 (%Ln casos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln conflict(s) to settle</source>
        <translation>
            <numerusform>%1, %Ln conflicto por resolver</numerusform>
            <numerusform>%1, %Ln conflictos por resolver</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdSection</name>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Name or case</source>
        <translation>Nombre o caso</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>No household members or companions recorded.</source>
        <translation>No hay miembros del hogar ni acompañantes registrados.</translation>
    </message>
    <message>
        <source>Link a member</source>
        <translation>Vincular a un miembro</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>FC-…</source>
        <translation>FC-…</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Parentesco</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Their own &amp;case number</source>
        <translation>Su propio número de &amp;caso</translation>
    </message>
    <message>
        <source>Their own case number</source>
        <translation>Su propio número de caso</translation>
    </message>
    <message>
        <source>(name not given)</source>
        <translation>(nombre no indicado)</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>caso %1</translation>
    </message>
    <message>
        <source>a linked case you cannot open</source>
        <translation>un caso vinculado que usted no puede abrir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Guardian: %1.</source>
        <translation>Tutor/a: %1.</translation>
    </message>
    <message>
        <source>No guardian recorded: link the guardian below, or say why there is none in a note.</source>
        <translation>No hay tutor registrado: vincule al tutor abajo, o explique en una nota por qué no lo hay.</translation>
    </message>
    <message>
        <source>⚑ %1. %2</source>
        <translation>⚑ %1. %2</translation>
    </message>
    <message>
        <source>Linked to case %1.</source>
        <translation>Vinculado al caso %1.</translation>
    </message>
</context>
<context>
    <name>JourneySection</name>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Trayecto</translation>
    </message>
    <message>
        <source>No journey recorded yet.</source>
        <translation>Aún no hay trayecto registrado.</translation>
    </message>
    <message>
        <source>&amp;Correct the selected leg</source>
        <translation>&amp;Corregir el tramo seleccionado</translation>
    </message>
    <message>
        <source>Add a &amp;new leg</source>
        <translation>Añadir un tramo &amp;nuevo</translation>
    </message>
    <message>
        <source>New leg</source>
        <translation>Tramo nuevo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>sigue allí</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>E&amp;tapa</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Means</source>
        <translation>&amp;Medio de transporte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(place not given)</source>
        <translation>(lugar no indicado)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>Correct this leg</source>
        <translation>Corregir este tramo</translation>
    </message>
</context>
<context>
    <name>LeaseWords</name>
    <message numerus="yes">
        <source>Sync within %Ln day(s): after that this laptop will ask you to sign in to the server before anything else.</source>
        <translation>
            <numerusform>Sincronice en el próximo %Ln día: después, este portátil le pedirá iniciar sesión en el servidor antes de nada.</numerusform>
            <numerusform>Sincronice en los próximos %Ln días: después, este portátil le pedirá iniciar sesión en el servidor antes de nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is behind a time it has already seen; connect and sign in to the server before working on cases (it will say how far off the clock is).</source>
        <translation>El reloj de este portátil va por detrás de una hora que ya ha visto; conéctese e inicie sesión en el servidor antes de trabajar en los casos (le indicará cuánto se desvía el reloj).</translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s); connect and sign in to the server before working on cases.</source>
        <translation>
            <numerusform>Este portátil no se ha conectado desde hace %Ln día; conéctese e inicie sesión en el servidor antes de trabajar en los casos.</numerusform>
            <numerusform>Este portátil no se ha conectado desde hace %Ln días; conéctese e inicie sesión en el servidor antes de trabajar en los casos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterWords</name>
    <message>
        <source>about %1 years</source>
        <translation>unos %1 años</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>Nacimiento / edad</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Given on %1 (%2, %3)</source>
        <translation>Dado el %1 (%2, %3)</translation>
    </message>
    <message>
        <source>No consent to this referral is recorded.</source>
        <translation>No consta consentimiento para esta derivación.</translation>
    </message>
    <message>
        <source>Case number to quote</source>
        <translation>Número de caso de referencia</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Derivado el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Consent to this referral</source>
        <translation>Consentimiento para esta derivación</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivado por</translation>
    </message>
    <message>
        <source>%1, site %2</source>
        <translation>%1, sede %2</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Impreso el</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Derivación a %1</translation>
    </message>
    <message>
        <source>Confidential: for the receiving service only. Do not copy or pass on.</source>
        <translation>Confidencial: solo para el servicio receptor. No copiar ni transmitir.</translation>
    </message>
    <message>
        <source>The person referred</source>
        <translation>La persona derivada</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Motivo de la derivación</translation>
    </message>
    <message>
        <source>The referral</source>
        <translation>La derivación</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>El servicio</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FieldCase — %1 — demo</source>
        <translation>FieldCase — %1 — demostración</translation>
    </message>
    <message>
        <source>FieldCase — %1</source>
        <translation>FieldCase — %1</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3)</source>
        <translation>Sesión iniciada como %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Close FieldCase</source>
        <translation>Cerrar FieldCase</translation>
    </message>
    <message>
        <source>Your unsaved changes could not be kept as a draft: %1 Close anyway and lose them?</source>
        <translation>Sus cambios sin guardar no se pudieron conservar como borrador: %1 ¿Cerrar de todos modos y perderlos?</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Cerrar y perderlos</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
    <message>
        <source>About FieldCase</source>
        <translation>Acerca de FieldCase</translation>
    </message>
    <message>
        <source>FieldCase %1: offline case management for frontline workers protecting people on the move. Free software under the GNU LGPL, version 3 or later.</source>
        <translation>FieldCase %1: gestión de casos sin conexión para el personal de primera línea que protege a personas en movimiento. Software libre bajo la GNU LGPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>Sign in to see cases</source>
        <translation>Inicie sesión para ver los casos</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) · %1 overdue</source>
        <translation>
            <numerusform>%Ln caso · %1 con retraso</numerusform>
            <numerusform>%Ln casos · %1 con retraso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <source>%1 (also %2)</source>
        <translation>%1 (también %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>This registration</source>
        <translation>Este registro</translation>
    </message>
    <message>
        <source>Why it may be the same person:</source>
        <translation>Por qué puede ser la misma persona:</translation>
    </message>
    <message>
        <source>Same person: open %1</source>
        <translation>Misma persona: abrir %1</translation>
    </message>
    <message>
        <source>Different person: continue</source>
        <translation>Persona distinta: continuar</translation>
    </message>
    <message>
        <source>Possible match %1</source>
        <translation>Posible coincidencia %1</translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <source>Already registered?</source>
        <translation>¿Ya registrada?</translation>
    </message>
    <message>
        <source>Type the person&apos;s name: people already registered on this laptop who may be them are shown here before you save.</source>
        <translation>Escriba el nombre de la persona: aquí se muestran, antes de guardar, las personas ya registradas en este portátil que podrían ser ella.</translation>
    </message>
    <message>
        <source>Looking for people already registered…</source>
        <translation>Buscando personas ya registradas…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible match(es). Compare, then say for each whether it is the same person.</source>
        <translation>
            <numerusform>%Ln posible coincidencia. Compare y luego indique para cada una si es la misma persona.</numerusform>
            <numerusform>%Ln posibles coincidencias. Compare y luego indique para cada una si es la misma persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every possible match is marked as a different person: you can register.</source>
        <translation>Todas las posibles coincidencias están marcadas como persona distinta: puede registrar.</translation>
    </message>
    <message>
        <source>No one already registered on this laptop looks like this person.</source>
        <translation>Nadie registrado en este portátil se parece a esta persona.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in cases you cannot open: ask your supervisor.</source>
        <translation>
            <numerusform>%Ln más en casos que usted no puede abrir: consulte a su supervisor.</numerusform>
            <numerusform>%Ln más en casos que usted no puede abrir: consulte a su supervisor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as a different person: %1</source>
        <translation>Marcada como persona distinta: %1</translation>
    </message>
</context>
<context>
    <name>MatchWords</name>
    <message numerus="yes">
        <source>about %Ln year(s) old</source>
        <translation>
            <numerusform>unos %Ln año</numerusform>
            <numerusform>unos %Ln años</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>FieldCase is locked. Unlock it to continue.</source>
        <translation>FieldCase está bloqueado. Desbloquéelo para continuar.</translation>
    </message>
    <message>
        <source>That case is not on this device. It may have been erased, or not synced yet.</source>
        <translation>Ese caso no está en este dispositivo. Puede que se haya borrado o que aún no se haya sincronizado.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>El disco está lleno, así que no se guardó nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The case store is damaged. Do not delete anything; contact your administrator.</source>
        <translation>El almacén de casos está dañado. No borre nada; contacte con su administrador.</translation>
    </message>
    <message>
        <source>The case store can only be read here, so nothing was saved. Contact your administrator.</source>
        <translation>El almacén de casos aquí solo se puede leer, así que no se guardó nada. Contacte con su administrador.</translation>
    </message>
    <message>
        <source>The case store could not be upgraded. Contact your administrator.</source>
        <translation>No se pudo actualizar el almacén de casos. Contacte con su administrador.</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>Nombre de usuario o frase de contraseña incorrectos.</translation>
    </message>
    <message>
        <source>That is not your server passphrase. Check it and try again (it is the one your administrator set on the server, not this laptop&apos;s).</source>
        <translation>Esa no es su frase de contraseña del servidor. Revísela e inténtelo de nuevo (es la que su administrador estableció en el servidor, no la de este portátil).</translation>
    </message>
    <message>
        <source>No connection. Your changes are kept on this laptop; sync again later.</source>
        <translation>Sin conexión. Sus cambios se conservan en este portátil; vuelva a sincronizar más tarde.</translation>
    </message>
    <message>
        <source>The server did not accept this laptop&apos;s sign-in. Your changes are kept on this laptop; ask your administrator to enrol it again.</source>
        <translation>El servidor no aceptó el inicio de sesión de este portátil. Sus cambios se conservan en este portátil; pida a su administrador que lo vuelva a inscribir.</translation>
    </message>
    <message>
        <source>The server had a problem. Your changes are kept on this laptop; sync again later.</source>
        <translation>El servidor tuvo un problema. Sus cambios se conservan en este portátil; vuelva a sincronizar más tarde.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. Your changes are kept on this laptop; tell your administrator if this keeps happening.</source>
        <translation>No se pudo entender la respuesta del servidor. Sus cambios se conservan en este portátil; avise a su administrador si sigue ocurriendo.</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing was lost.</source>
        <translation>Sincronización cancelada. No se perdió nada.</translation>
    </message>
    <message>
        <source>This laptop&apos;s cases are older than what it already sent to the server: changes made here before are missing on this laptop (the server still has them). Nothing was sent. Stop working on this laptop&apos;s cases and tell your administrator.</source>
        <translation>Los casos de este portátil son más antiguos que lo que ya envió al servidor: faltan en este portátil cambios hechos aquí antes (el servidor aún los tiene). No se envió nada. Deje de trabajar en los casos de este portátil y avise a su administrador.</translation>
    </message>
    <message>
        <source>Your organisation revoked this laptop, so it has erased its cases. Set it up again only if your administrator asks you to.</source>
        <translation>Su organización revocó este portátil, por lo que se borraron sus casos. Vuelva a configurarlo solo si su administrador se lo pide.</translation>
    </message>
    <message>
        <source>The server says this laptop is revoked, but the erase instruction did not check out, so nothing was erased. Tell your administrator now.</source>
        <translation>El servidor indica que este portátil está revocado, pero la orden de borrado no se pudo verificar, así que no se borró nada. Avise a su administrador ahora.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hora</numerusform>
            <numerusform>%Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln segundo</numerusform>
            <numerusform>%Ln segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two units of a length of time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock does not agree with the server&apos;s. Set the date and time, then sync again. Your changes are kept on this laptop.</source>
        <translation>El reloj de este portátil no coincide con el del servidor. Ajuste la fecha y la hora y vuelva a sincronizar. Sus cambios se conservan en este portátil.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is %1 ahead of the server&apos;s. Set the date and time, then sync again. Your changes are kept on this laptop.</source>
        <translation>El reloj de este portátil va %1 adelantado respecto al del servidor. Ajuste la fecha y la hora y vuelva a sincronizar. Sus cambios se conservan en este portátil.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is %1 behind the server&apos;s. Set the date and time, then sync again. Your changes are kept on this laptop.</source>
        <translation>El reloj de este portátil va %1 atrasado respecto al del servidor. Ajuste la fecha y la hora y vuelva a sincronizar. Sus cambios se conservan en este portátil.</translation>
    </message>
    <message numerus="yes">
        <source>Too many enrolment attempts from this network. Wait %Ln minute(s), then try again.</source>
        <translation>
            <numerusform>Demasiados intentos de inscripción desde esta red. Espere %Ln minuto y vuelva a intentarlo.</numerusform>
            <numerusform>Demasiados intentos de inscripción desde esta red. Espere %Ln minutos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s key is not the one your administrator gave you, so nothing was kept. Tell your administrator.</source>
        <translation>La clave del servidor no es la que le dio su administrador, así que no se guardó nada. Avise a su administrador.</translation>
    </message>
    <message>
        <source>Another laptop already numbers its cases the way this one does, so nothing was kept. Tell your administrator; this laptop&apos;s cases are safe.</source>
        <translation>Otro portátil ya numera sus casos igual que este, así que no se guardó nada. Avise a su administrador; los casos de este portátil están a salvo.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not check out, so nothing was kept. Check the address; if it happens again, tell your administrator.</source>
        <translation>La respuesta del servidor no se pudo verificar, así que no se guardó nada. Revise la dirección; si vuelve a ocurrir, avise a su administrador.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to correct. The first: %1</source>
        <translation>
            <numerusform>%Ln problema por corregir. El primero: %1</numerusform>
            <numerusform>%Ln problemas por corregir. El primero: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock refused. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>Desbloqueo rechazado. Vuelva a intentarlo en %Ln segundo.</numerusform>
            <numerusform>Desbloqueo rechazado. Vuelva a intentarlo en %Ln segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong server passphrases on this laptop. Wait %Ln minute(s), then try again.</source>
        <translation>
            <numerusform>Demasiadas frases de contraseña del servidor incorrectas en este portátil. Espere %Ln minuto y vuelva a intentarlo.</numerusform>
            <numerusform>Demasiadas frases de contraseña del servidor incorrectas en este portátil. Espere %Ln minutos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is behind a time it has already seen. Connect and sign in to the server before working on cases.</source>
        <translation>El reloj de este portátil va por detrás de una hora que ya ha visto. Conéctese e inicie sesión en el servidor antes de trabajar en los casos.</translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s). Connect and sign in to the server before working on cases.</source>
        <translation>
            <numerusform>Este portátil no se ha conectado desde hace %Ln día. Conéctese e inicie sesión en el servidor antes de trabajar en los casos.</numerusform>
            <numerusform>Este portátil no se ha conectado desde hace %Ln días. Conéctese e inicie sesión en el servidor antes de trabajar en los casos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server needs you to sign in again before this laptop syncs.</source>
        <translation>El servidor necesita que vuelva a iniciar sesión antes de que este portátil se sincronice.</translation>
    </message>
    <message>
        <source>Another device&apos;s clock is %1 ahead of this one. Check this laptop&apos;s date, time and time zone.</source>
        <translation>El reloj de otro dispositivo va %1 por delante de este. Revise la fecha, la hora y la zona horaria de este portátil.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No se hizo: %1</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Try again; if it keeps happening, tell your administrator.</source>
        <translation>Algo salió mal (%1). Inténtelo de nuevo; si sigue ocurriendo, avise a su administrador.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase a&amp;gain</source>
        <translation>&amp;Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation>&amp;Sugerir una frase de contraseña</translation>
    </message>
    <message>
        <source>S&amp;how the new passphrase</source>
        <translation>&amp;Mostrar la nueva frase de contraseña</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Confidential: only the assigned worker and the team&apos;s supervisors see it</source>
        <translation>&amp;Confidencial: solo la ven la persona trabajadora asignada y los supervisores del equipo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar aviso</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>unos %1 años</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>Yes, in %1</source>
        <translation>Sí, en %1</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>Idioma de la entrevista</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Other ways to reach</source>
        <translation>Otras formas de contacto</translation>
    </message>
    <message>
        <source>Safe to contact</source>
        <translation>Contacto seguro</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documentos de identidad</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Abierto el</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>To %1, proposed by %2; it moves when a supervisor there accepts.</source>
        <translation>A %1, propuesto por %2; el caso se traslada cuando un supervisor de allí acepta.</translation>
    </message>
    <message>
        <source>Transfer waiting</source>
        <translation>Traslado en espera</translation>
    </message>
    <message>
        <source>Transfer declined</source>
        <translation>Traslado rechazado</translation>
    </message>
    <message>
        <source>To %1, by %2: %3</source>
        <translation>A %1, por %2: %3</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>By %1: %2</source>
        <translation>Por %1: %2</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Otorgados</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirados</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nivel sin calcular</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (el %2)</translation>
    </message>
    <message>
        <source>%1 — a supervisor should review it</source>
        <translation>%1 — debe revisarlo un/a supervisor/a</translation>
    </message>
    <message>
        <source>Latest screening</source>
        <translation>Última evaluación</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Trayecto</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Última nota</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>PageWords</name>
    <message numerus="yes">
        <source>Not saved: %Ln problem(s) to fix.</source>
        <translation>
            <numerusform>No guardado: %Ln problema por corregir.</numerusform>
            <numerusform>No guardado: %Ln problemas por corregir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Impreso por %1 el %2</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · página %2 de %3</translation>
    </message>
</context>
<context>
    <name>PersonSection</name>
    <message>
        <source>One name a line, in any script</source>
        <translation>Un nombre por línea, en cualquier escritura</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Añadir un idioma</translation>
    </message>
    <message>
        <source>Type a language to add</source>
        <translation>Escriba un idioma para añadirlo</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Idiomas que habla</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation>&amp;Otros nombres</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>Sobre la persona</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;xo</translation>
    </message>
    <message>
        <source>&amp;Born on</source>
        <translation>Fecha de na&amp;cimiento</translation>
    </message>
    <message>
        <source>Age (&amp;estimate)</source>
        <translation>Edad (&amp;estimada)</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>Nacionalida&amp;d</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>Idio&amp;mas</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>Necesita &amp;intérprete</translation>
    </message>
    <message>
        <source>Interview lan&amp;guage</source>
        <translation>Idioma de la entre&amp;vista</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Other &amp;ways to reach</source>
        <translation>Otras &amp;formas de contacto</translation>
    </message>
    <message>
        <source>&amp;Safe to contact</source>
        <translation>Contacto &amp;seguro</translation>
    </message>
    <message>
        <source>&amp;Code word</source>
        <translation>&amp;Palabra clave</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Only the assigned worker and the team&apos;s supervisors see and set the code word.</source>
        <translation>Solo la persona trabajadora asignada y los supervisores del equipo ven y definen la palabra clave.</translation>
    </message>
</context>
<context>
    <name>ProtectionsDialog</name>
    <message>
        <source>FieldCase — duress and quick wipe</source>
        <translation>FieldCase — coacción y borrado rápido</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Frase de paso de coacción</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>Su &amp;frase de paso</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase</source>
        <translation>Frase de paso de &amp;coacción</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repítala</translation>
    </message>
    <message>
        <source>&amp;Set duress passphrase</source>
        <translation>&amp;Definir la frase de coacción</translation>
    </message>
    <message>
        <source>Re&amp;move it</source>
        <translation>&amp;Quitarla</translation>
    </message>
    <message>
        <source>Quick wipe</source>
        <translation>Borrado rápido</translation>
    </message>
    <message>
        <source>&amp;Offer Quick wipe in the File menu</source>
        <translation>&amp;Ofrecer el borrado rápido en el menú Archivo</translation>
    </message>
    <message>
        <source>Duress and quick wipe</source>
        <translation>Coacción y borrado rápido</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Two ways to erase this laptop in an emergency. Whatever was not synced is lost; what was synced comes back after you set the laptop up again and sync.</source>
        <translation>Dos formas de borrar este portátil en una emergencia. Lo que no se sincronizó se pierde; lo sincronizado vuelve tras configurar de nuevo el portátil y sincronizar.</translation>
    </message>
    <message>
        <source>Your organisation requires a duress passphrase.</source>
        <translation>Su organización exige una frase de paso de coacción.</translation>
    </message>
    <message>
        <source>Your organisation does not allow a duress passphrase.</source>
        <translation>Su organización no permite una frase de paso de coacción.</translation>
    </message>
    <message>
        <source>You decide whether to have one.</source>
        <translation>Usted decide si quiere tener una.</translation>
    </message>
    <message>
        <source>You have one. Typed at the unlock screen instead of your passphrase, it erases this laptop, and the screen answers as to a wrong passphrase.</source>
        <translation>Tiene una. Escrita en la pantalla de desbloqueo en lugar de su frase de paso, borra este portátil, y la pantalla responde como a una frase de paso equivocada.</translation>
    </message>
    <message>
        <source>You have none yet. Choose one you can type under pressure, different from your passphrase.</source>
        <translation>Aún no tiene ninguna. Elija una que pueda escribir bajo presión, distinta de su frase de paso.</translation>
    </message>
    <message>
        <source>Your organisation keeps quick wipe on.</source>
        <translation>Su organización mantiene el borrado rápido activado.</translation>
    </message>
    <message>
        <source>Your organisation does not allow quick wipe.</source>
        <translation>Su organización no permite el borrado rápido.</translation>
    </message>
    <message>
        <source>When on, File &gt; Quick wipe erases this laptop at once, after one confirmation.</source>
        <translation>Cuando está activado, Archivo &gt; Borrado rápido borra este portátil de inmediato, tras una confirmación.</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Translation not yet reviewed — check with the English text</source>
        <translation>Traducción aún no revisada: compruébela con el texto en inglés</translation>
    </message>
    <message>
        <source>Show the English text</source>
        <translation>Mostrar el texto en inglés</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>FieldCase — review queue</source>
        <translation>FieldCase — cola de revisión</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
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
        <translation>Casos nuevos de riesgo alto y crítico (%1)</translation>
    </message>
    <message>
        <source>Unaccompanied or separated children (%1)</source>
        <translation>Niños, niñas y adolescentes no acompañados o separados (%1)</translation>
    </message>
    <message>
        <source>Case plans to agree (%1)</source>
        <translation>Planes de caso por acordar (%1)</translation>
    </message>
    <message>
        <source>Closures to approve (%1)</source>
        <translation>Cierres por aprobar (%1)</translation>
    </message>
    <message>
        <source>Overdue follow-ups (%1)</source>
        <translation>Seguimientos vencidos (%1)</translation>
    </message>
    <message>
        <source>Unassigned intake (%1)</source>
        <translation>Casos en recepción sin asignar (%1)</translation>
    </message>
    <message>
        <source>Open conflicts (%1)</source>
        <translation>Conflictos abiertos (%1)</translation>
    </message>
    <message>
        <source>Changes the server refused (%1)</source>
        <translation>Cambios que el servidor rechazó (%1)</translation>
    </message>
    <message>
        <source>Escalated to a supervisor (%1)</source>
        <translation>Escalados a un supervisor (%1)</translation>
    </message>
    <message>
        <source>Transfers to accept (%1)</source>
        <translation>Traslados por aceptar (%1)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Enviado %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <source>Transfer to %1 waits</source>
        <translation>Traslado a %1 en espera</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Trabajador/a</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <source>&amp;Closed cases too</source>
        <translation>Incluir casos &amp;cerrados</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador/a</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Cola de revisión</translation>
    </message>
    <message>
        <source>A person&apos;s name shows on the selected row only. Enter opens the case; Shift+arrows select several.</source>
        <translation>El nombre de la persona solo se muestra en la fila seleccionada. Intro abre el caso; Mayús+flechas selecciona varios.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Nobody (intake)</source>
        <translation>Nadie (recepción)</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Nothing waits for a supervisor in this queue.</source>
        <translation>Nada espera a un supervisor en esta cola.</translation>
    </message>
    <message>
        <source>Closed cases are not shown.</source>
        <translation>No se muestran los casos cerrados.</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <source>FieldCase — confirm it is you</source>
        <translation>FieldCase — confirme que es usted</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Case data is about to leave this laptop. Type your passphrase again to confirm it is you; it is recorded in the audit log.</source>
        <translation>Datos del caso están a punto de salir de este portátil. Escriba de nuevo su frase de contraseña para confirmar que es usted; queda registrado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Choose the recovery key file</source>
        <translation>Elija el archivo de la clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery key (*.pem *.key *.txt);;All files (*)</source>
        <translation>Clave de recuperación (*.pem *.key *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>FieldCase — recover access</source>
        <translation>FieldCase — recuperar el acceso</translation>
    </message>
    <message>
        <source>paste the key&apos;s text, or choose its file</source>
        <translation>pegue el texto de la clave, o elija su archivo</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nombre de usuario</translation>
    </message>
    <message>
        <source>Organisation &amp;recovery key</source>
        <translation>Clave de &amp;recuperación de la organización</translation>
    </message>
    <message>
        <source>Choose the key &amp;file…</source>
        <translation>Elegir el &amp;archivo de la clave…</translation>
    </message>
    <message>
        <source>Recover access with the organisation&apos;s key</source>
        <translation>Recuperar el acceso con la clave de la organización</translation>
    </message>
    <message>
        <source>Recover and unlock</source>
        <translation>Recuperar y desbloquear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your organisation&apos;s data-protection officer keeps a recovery key for forgotten passphrases. With it, choose a new passphrase: your cases stay as they are. The key opens every laptop of the organisation, so it is never shown here.</source>
        <translation>El responsable de protección de datos de su organización guarda una clave de recuperación para frases de contraseña olvidadas. Con ella, elija una nueva frase de contraseña: sus casos quedan como están. La clave abre todos los portátiles de la organización, por eso nunca se muestra aquí.</translation>
    </message>
    <message>
        <source>Recovering…</source>
        <translation>Recuperando…</translation>
    </message>
</context>
<context>
    <name>ReferralPrintDialog</name>
    <message>
        <source>FieldCase — referral letter</source>
        <translation>FieldCase — carta de derivación</translation>
    </message>
    <message>
        <source>This is everything the letter shows. Print it, or save it as a PDF where you choose; either is recorded in the case&apos;s history.</source>
        <translation>Esto es todo lo que muestra la carta. Imprímala o guárdela como PDF donde elija; cualquiera de las dos cosas queda registrada en el historial del caso.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Print the referral letter</source>
        <translation>Imprimir la carta de derivación</translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation>Guardar la carta de derivación</translation>
    </message>
    <message>
        <source>referral.pdf</source>
        <translation>derivacion.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be saved there.</source>
        <translation>No se pudo guardar la carta ahí.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>The printer could not be reached.</source>
        <translation>No se pudo acceder a la impresora.</translation>
    </message>
</context>
<context>
    <name>ReferralSection</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>Aún no hay derivaciones.</translation>
    </message>
    <message>
        <source>Selected referral</source>
        <translation>Derivación seleccionada</translation>
    </message>
    <message>
        <source>Move &amp;to</source>
        <translation>Pasar &amp;a</translation>
    </message>
    <message>
        <source>&amp;Print the referral letter…</source>
        <translation>&amp;Imprimir la carta de derivación…</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nueva derivación</translation>
    </message>
    <message>
        <source>S&amp;ervice</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Referred &amp;on</source>
        <translation>&amp;Fecha de derivación</translation>
    </message>
    <message>
        <source>✓ The person consented to a referral to this service on %1 (%2).</source>
        <translation>✓ La persona dio su consentimiento para una derivación a este servicio el %1 (%2).</translation>
    </message>
    <message>
        <source>No consent to a referral to this service is recorded: it can be proposed, and sent once the person consents (Consents).</source>
        <translation>No consta consentimiento para una derivación a este servicio: se puede proponer y se enviará cuando la persona dé su consentimiento (Consentimientos).</translation>
    </message>
    <message>
        <source>Choose a service…</source>
        <translation>Elija un servicio…</translation>
    </message>
    <message>
        <source>Select a referral in the list.</source>
        <translation>Seleccione una derivación en la lista.</translation>
    </message>
    <message>
        <source>No change (%1)</source>
        <translation>Sin cambios (%1)</translation>
    </message>
    <message>
        <source>Your organisation no longer offers this service for new referrals.</source>
        <translation>Su organización ya no ofrece este servicio para nuevas derivaciones.</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <source>FieldCase — refused changes</source>
        <translation>FieldCase — cambios rechazados</translation>
    </message>
    <message>
        <source>The server did not accept these changes. This laptop shows those cases as the server has them again, and what was typed is kept here. Open the case to fix it, try the change again once it is allowed, or drop it.</source>
        <translation>El servidor no aceptó estos cambios. Este portátil vuelve a mostrar esos casos tal como los tiene el servidor, y lo que se escribió se conserva aquí. Abra el caso para corregirlo, vuelva a intentar el cambio cuando esté permitido, o descártelo.</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <source>No refused changes.</source>
        <translation>No hay cambios rechazados.</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Open the case to change it</source>
        <translation>Abrir el caso para modificarlo</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Apply the wanted value again; it is sent at the next sync</source>
        <translation>Volver a aplicar el valor deseado; se enviará en la próxima sincronización</translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Forget the wanted value</source>
        <translation>Olvidar el valor deseado</translation>
    </message>
    <message>
        <source>Drop this change?</source>
        <translation>¿Descartar este cambio?</translation>
    </message>
    <message>
        <source>What was typed for this change is deleted from this laptop. The case stays as the server has it.</source>
        <translation>Lo que se escribió para este cambio se borra de este portátil. El caso queda tal como lo tiene el servidor.</translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Wanted value</source>
        <translation>Valor deseado</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Por qué lo rechazó el servidor</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (eliminado)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(remove it)</source>
        <translation>(eliminarlo)</translation>
    </message>
    <message>
        <source>%1 This laptop still shows it.</source>
        <translation>%1 Este portátil todavía lo muestra.</translation>
    </message>
    <message>
        <source>(not on this laptop)</source>
        <translation>(no está en este portátil)</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>FieldCase — register a new person</source>
        <translation>FieldCase — registrar a una nueva persona</translation>
    </message>
    <message>
        <source>Register a new person</source>
        <translation>Registrar a una nueva persona</translation>
    </message>
    <message>
        <source>The minimum first; more once the person consents. The case is registered at %1 and assigned to you.</source>
        <translation>Primero lo mínimo; más cuando la persona dé su consentimiento. El caso se registra en %1 y se le asigna a usted.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>year-month-day, e.g. 1994-03-17</source>
        <translation>año-mes-día, p. ej. 1994-03-17</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>Se&amp;xo</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fecha de na&amp;cimiento</translation>
    </message>
    <message>
        <source>or &amp;age (estimate)</source>
        <translation>o &amp;edad (estimada)</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>Nac&amp;ionalidad</translation>
    </message>
    <message>
        <source>S&amp;tage of migration</source>
        <translation>Etapa de la &amp;migración</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>More about the person</source>
        <translation>Más sobre la persona</translation>
    </message>
    <message>
        <source>Needs the person&apos;s consent to registration.</source>
        <translation>Requiere el consentimiento de la persona para el registro.</translation>
    </message>
    <message>
        <source>other spellings or scripts, separated by ;</source>
        <translation>otras grafías o escrituras, separadas por ;</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation>&amp;Otros nombres</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Identity &amp;document</source>
        <translation>&amp;Documento de identidad</translation>
    </message>
    <message>
        <source>Document n&amp;umber</source>
        <translation>Número de doc&amp;umento</translation>
    </message>
    <message>
        <source>Issued b&amp;y</source>
        <translation>Expedido &amp;por</translation>
    </message>
    <message>
        <source>Someone already registered may be this person. Compare and decide for each before registering.</source>
        <translation>Alguien ya registrado podría ser esta persona. Compare y decida en cada caso antes de registrar.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <source>At removal</source>
        <translation>Al quitarlos</translation>
    </message>
    <message>
        <source>FieldCase — retention</source>
        <translation>FieldCase — retención</translation>
    </message>
    <message>
        <source>Closed cases past retention</source>
        <translation>Casos cerrados que superan el plazo de retención</translation>
    </message>
    <message>
        <source>Removing them here is not an erasure: the server keeps every one, and a case that changes there comes back to this laptop.</source>
        <translation>Quitarlos de aquí no es borrarlos: el servidor los conserva todos, y un caso que cambie allí volverá a este portátil.</translation>
    </message>
    <message>
        <source>&amp;Remove from this laptop…</source>
        <translation>&amp;Quitar de este portátil…</translation>
    </message>
    <message>
        <source>Remove from this laptop…</source>
        <translation>Quitar de este portátil…</translation>
    </message>
    <message>
        <source>Take the cases marked to go off this laptop; the others stay until synced</source>
        <translation>Quitar de este portátil los casos marcados para salir; los demás se quedan hasta sincronizarse</translation>
    </message>
    <message>
        <source>Stays until synced</source>
        <translation>Se queda hasta sincronizarse</translation>
    </message>
    <message>
        <source>Removed from this laptop</source>
        <translation>Se quita de este portátil</translation>
    </message>
    <message>
        <source>Your organisation keeps closed cases on this laptop: nothing is removed.</source>
        <translation>Su organización conserva los casos cerrados en este portátil: no se quita nada.</translation>
    </message>
    <message>
        <source>%1 No closed case is past that now.</source>
        <translation>%1 Ahora no hay ningún caso cerrado que supere ese plazo.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>%1 %2: sync first.</source>
        <translation>%1 %2: sincronice primero.</translation>
    </message>
    <message>
        <source>%1 %2; %3.</source>
        <translation>%1 %2; %3.</translation>
    </message>
    <message>
        <source>Remove these cases from this laptop?</source>
        <translation>¿Quitar estos casos de este portátil?</translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message numerus="yes">
        <source>%Ln closed case(s) removed from this laptop.</source>
        <translation>
            <numerusform>%Ln caso cerrado quitado de este portátil.</numerusform>
            <numerusform>%Ln casos cerrados quitados de este portátil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organisation keeps closed cases on this laptop for %Ln month(s) after their closure.</source>
        <translation>
            <numerusform>Su organización conserva los casos cerrados en este portátil durante %Ln mes después de su cierre.</numerusform>
            <numerusform>Su organización conserva los casos cerrados en este portátil durante %Ln meses después de su cierre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) can be removed</source>
        <translation>
            <numerusform>%Ln caso se puede quitar</numerusform>
            <numerusform>%Ln casos se pueden quitar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) kept until synced</source>
        <translation>
            <numerusform>%Ln caso se conserva hasta sincronizarse</numerusform>
            <numerusform>%Ln casos se conservan hasta sincronizarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed case(s) will be removed from this laptop. The server keeps each one; this cannot be undone here.</source>
        <translation>
            <numerusform>%Ln caso cerrado se quitará de este portátil. El servidor lo conserva; esto no se puede deshacer aquí.</numerusform>
            <numerusform>%Ln casos cerrados se quitarán de este portátil. El servidor conserva cada uno; esto no se puede deshacer aquí.</numerusform>
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
        <translation>%1: %2. La persona trabajadora leerá su comentario como una nota en el caso.</translation>
    </message>
    <message>
        <source>&amp;What is missing?</source>
        <translation>¿&amp;Qué falta?</translation>
    </message>
    <message>
        <source>Return to the worker</source>
        <translation>Devolver a la persona trabajadora</translation>
    </message>
</context>
<context>
    <name>ScreeningSection</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Past screenings</source>
        <translation>Evaluaciones anteriores</translation>
    </message>
    <message>
        <source>Not screened yet.</source>
        <translation>Aún sin evaluar.</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Cuestionario</translation>
    </message>
    <message>
        <source>New &amp;screening</source>
        <translation>Nueva &amp;evaluación</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Level and reasons</source>
        <translation>Nivel y motivos</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Child rule (ILO/EC): %1</source>
        <translation>Regla para menores (OIT/CE): %1</translation>
    </message>
    <message>
        <source>The age is not known, so the person is screened as a child until shown otherwise.</source>
        <translation>No se conoce la edad, así que la persona se evalúa como menor de edad mientras no se demuestre lo contrario.</translation>
    </message>
    <message>
        <source>This questionnaire version is not on this laptop.</source>
        <translation>Esta versión del cuestionario no está en este portátil.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Nivel: %1</translation>
    </message>
    <message>
        <source>A supervisor will review this case once it is saved.</source>
        <translation>Un supervisor revisará este caso cuando se guarde.</translation>
    </message>
</context>
<context>
    <name>ScreeningWords</name>
    <message>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No indicator answered yes.</source>
        <translation>Ningún indicador se respondió con sí.</translation>
    </message>
    <message>
        <source>Rule met: %1</source>
        <translation>Regla cumplida: %1</translation>
    </message>
    <message>
        <source>%1: positive — %2</source>
        <translation>%1: positivo — %2</translation>
    </message>
    <message>
        <source>%1: not positive — %2</source>
        <translation>%1: no positivo — %2</translation>
    </message>
    <message>
        <source>No factor answered yes.</source>
        <translation>Ningún factor se respondió con sí.</translation>
    </message>
    <message>
        <source>Vulnerability score %1: risk factors %2 minus protective factors %3 (medium from %4, high from %5, critical from %6).</source>
        <translation>Puntuación de vulnerabilidad %1: factores de riesgo %2 menos factores de protección %3 (medio desde %4, alto desde %5, crítico desde %6).</translation>
    </message>
    <message>
        <source>“%1” makes the level at least %2.</source>
        <translation>«%1» eleva el nivel al menos a %2.</translation>
    </message>
    <message>
        <source>%1 risk factors: %2</source>
        <translation>Factores de riesgo (%1): %2</translation>
    </message>
    <message>
        <source>“%1” (+%2)</source>
        <translation>«%1» (+%2)</translation>
    </message>
    <message>
        <source>Protective factors: %1</source>
        <translation>Factores de protección: %1</translation>
    </message>
    <message>
        <source>“%1” (−%2)</source>
        <translation>«%1» (−%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; no answer to them could change the level.</source>
        <translation>
            <numerusform>%Ln pregunta sin responder; ninguna respuesta podría cambiar el nivel.</numerusform>
            <numerusform>%Ln preguntas sin responder; ninguna respuesta podría cambiar el nivel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; answering them could raise the level to %1.</source>
        <translation>
            <numerusform>%Ln pregunta sin responder; responderla podría subir el nivel a %1.</numerusform>
            <numerusform>%Ln preguntas sin responder; responderlas podría subir el nivel a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; answering them could lower the level to %1.</source>
        <translation>
            <numerusform>%Ln pregunta sin responder; responderla podría bajar el nivel a %1.</numerusform>
            <numerusform>%Ln preguntas sin responder; responderlas podría bajar el nivel a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; depending on the answers the level could be anywhere from %1 to %2.</source>
        <translation>
            <numerusform>%Ln pregunta sin responder; según la respuesta, el nivel podría ir de %1 a %2.</numerusform>
            <numerusform>%Ln preguntas sin responder; según las respuestas, el nivel podría ir de %1 a %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search name, case number, phone or document</source>
        <translation>Buscar nombre, número de caso, teléfono o documento</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mis casos</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Cola de revisión</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
</context>
<context>
    <name>ServiceWords</name>
    <message>
        <source>Open day and night, every day</source>
        <translation>Abierto día y noche, todos los días</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: de %2 a %3</translation>
    </message>
    <message>
        <source>Hours not given</source>
        <translation>Horario no indicado</translation>
    </message>
    <message>
        <source>Ages %1 to %2</source>
        <translation>De %1 a %2 años</translation>
    </message>
    <message>
        <source>Aged %1 or over</source>
        <translation>%1 años o más</translation>
    </message>
    <message>
        <source>Aged %1 or under</source>
        <translation>%1 años o menos</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>Solo: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Who may come</source>
        <translation>Quién puede acudir</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>FieldCase — set up this laptop</source>
        <translation>FieldCase — configurar este portátil</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Su nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Código de sede</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Organisation recovery key</source>
        <translation>Clave de recuperación de la organización</translation>
    </message>
    <message>
        <source>for example LAMP-01</source>
        <translation>por ejemplo LAMP-01</translation>
    </message>
    <message>
        <source>optional: 64 characters from your organisation</source>
        <translation>opcional: 64 caracteres de su organización</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Sugerir una frase de contraseña</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Set up FieldCase on this laptop</source>
        <translation>Configurar FieldCase en este portátil</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Crear perfil</translation>
    </message>
    <message>
        <source>Every case on this laptop is encrypted with a key that only your passphrase opens. Choose a long passphrase you can remember: a few random words work well. If it is forgotten, the cases cannot be opened, unless your organisation gave you its recovery key for this laptop.</source>
        <translation>Cada caso de este portátil se cifra con una clave que solo su frase de contraseña abre. Elija una frase larga que pueda recordar: unas cuantas palabras al azar funcionan bien. Si la olvida, los casos no se podrán abrir, salvo que su organización le haya dado su clave de recuperación para este portátil.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>FieldCase — sign in</source>
        <translation>FieldCase — iniciar sesión</translation>
    </message>
    <message>
        <source>Server passphrase</source>
        <translation>Frase de contraseña del servidor</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Enter your server passphrase.</source>
        <translation>Escriba su frase de contraseña del servidor.</translation>
    </message>
</context>
<context>
    <name>SignInWords</name>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s), so the server must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>
            <numerusform>Este portátil no se ha conectado desde hace %Ln día, así que el servidor debe comprobar que sigue siendo usted. Escriba su frase de contraseña del servidor: la que su administrador le asignó en el servidor, no la que desbloquea este portátil.</numerusform>
            <numerusform>Este portátil no se ha conectado desde hace %Ln días, así que el servidor debe comprobar que sigue siendo usted. Escriba su frase de contraseña del servidor: la que su administrador le asignó en el servidor, no la que desbloquea este portátil.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not signed in to the server on this laptop yet. Sign in once, so the changes you make here are sent as yours. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>Aún no ha iniciado sesión en el servidor desde este portátil. Inicie sesión una vez, para que los cambios que haga aquí se envíen a su nombre. Escriba su frase de contraseña del servidor: la que su administrador le asignó en el servidor, no la que desbloquea este portátil.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is behind a time it has already seen, so the server must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>El reloj de este portátil va por detrás de una hora que ya ha visto, así que el servidor debe comprobar que sigue siendo usted. Escriba su frase de contraseña del servidor: la que su administrador le asignó en el servidor, no la que desbloquea este portátil.</translation>
    </message>
    <message>
        <source>The server has ended this laptop&apos;s session, so it must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>El servidor ha cerrado la sesión de este portátil, así que debe comprobar que sigue siendo usted. Escriba su frase de contraseña del servidor: la que su administrador le asignó en el servidor, no la que desbloquea este portátil.</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>No screening is recorded.</source>
        <translation>No hay ninguna evaluación registrada.</translation>
    </message>
    <message>
        <source>This questionnaire version is not on this laptop.</source>
        <translation>Esta versión del cuestionario no está en este portátil.</translation>
    </message>
    <message>
        <source>%1: %2 (on %3)</source>
        <translation>%1: %2 (el %3)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>%1 — a supervisor should review it</source>
        <translation>%1 — un supervisor debería revisarlo</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>El caso está cerrado.</translation>
    </message>
    <message>
        <source>The case plan is agreed; the steps are the open referrals and follow-ups below.</source>
        <translation>El plan del caso está acordado; sus pasos son las derivaciones y seguimientos abiertos de abajo.</translation>
    </message>
    <message>
        <source>No case plan is agreed yet.</source>
        <translation>Todavía no hay un plan del caso acordado.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Abierto el</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, desde el %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation>Resumen del caso %1</translation>
    </message>
    <message>
        <source>Confidential: for the people working on this case only. Do not copy or pass on.</source>
        <translation>Confidencial: solo para quienes trabajan en este caso. No lo copie ni lo pase a otros.</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>El caso</translation>
    </message>
    <message>
        <source>Risk and screening</source>
        <translation>Riesgo y evaluación</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>Plan del caso</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Derivaciones abiertas</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Seguimientos abiertos</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>unos %1 años</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>Nacimiento / edad</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Who the person is (included by the person who printed)</source>
        <translation>Quién es la persona (incluido por quien imprimió)</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Resumen del caso</translation>
    </message>
</context>
<context>
    <name>SupervisorDesk</name>
    <message>
        <source>a case</source>
        <translation>un caso</translation>
    </message>
    <message>
        <source>it is no longer on this laptop</source>
        <translation>ya no está en este portátil</translation>
    </message>
    <message>
        <source>only a supervisor of the case&apos;s team may assign it</source>
        <translation>solo un supervisor del equipo del caso puede asignarlo</translation>
    </message>
    <message>
        <source>someone assigned it again since</source>
        <translation>alguien lo ha reasignado desde entonces</translation>
    </message>
    <message>
        <source>the case breaks a rule; open it and fix it first</source>
        <translation>el caso incumple una regla; ábralo y corríjalo primero</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select or open a case first.</source>
        <translation>Primero seleccione o abra un caso.</translation>
    </message>
    <message>
        <source>%1 waits for no approval: it is %2.</source>
        <translation>%1 no espera ninguna aprobación: su estado es %2.</translation>
    </message>
    <message>
        <source>%1 has nothing to return: it is %2.</source>
        <translation>%1 no tiene nada que devolver: su estado es %2.</translation>
    </message>
    <message>
        <source>Done: %1 — %2.</source>
        <translation>Hecho: %1 — %2.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Select one or more cases first.</source>
        <translation>Primero seleccione uno o más casos.</translation>
    </message>
    <message>
        <source>Transfer proposed</source>
        <translation>Traslado propuesto</translation>
    </message>
    <message>
        <source>Transfer accepted</source>
        <translation>Traslado aceptado</translation>
    </message>
    <message>
        <source>Transfer declined</source>
        <translation>Traslado rechazado</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Escalation cleared</source>
        <translation>Escalada cerrada</translation>
    </message>
</context>
<context>
    <name>SupervisorWords</name>
    <message numerus="yes">
        <source>%Ln case(s) given back to whom they were assigned before.</source>
        <translation>
            <numerusform>%Ln caso devuelto a quien lo tenía asignado antes.</numerusform>
            <numerusform>%Ln casos devueltos a quienes los tenían asignados antes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) returned to intake.</source>
        <translation>
            <numerusform>%Ln caso devuelto a recepción.</numerusform>
            <numerusform>%Ln casos devueltos a recepción.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) assigned to %1.</source>
        <translation>
            <numerusform>%Ln caso asignado a %1.</numerusform>
            <numerusform>%Ln casos asignados a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already were.</source>
        <translation>
            <numerusform>%Ln ya lo estaba.</numerusform>
            <numerusform>%Ln ya lo estaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not: %1.</source>
        <translation>
            <numerusform>%Ln no: %1.</numerusform>
            <numerusform>%Ln no: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Assign %Ln case(s) to:</source>
        <translation>
            <numerusform>&amp;Asignar %Ln caso a:</numerusform>
            <numerusform>&amp;Asignar %Ln casos a:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals with no answer after %Ln day(s) (%1)</source>
        <translation>
            <numerusform>Derivaciones sin respuesta tras %Ln día (%1)</numerusform>
            <numerusform>Derivaciones sin respuesta tras %Ln días (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) wait for a supervisor.</source>
        <translation>
            <numerusform>%Ln caso espera a un supervisor.</numerusform>
            <numerusform>%Ln casos esperan a un supervisor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed cases are not counted (%Ln).</source>
        <translation>
            <numerusform>No se cuentan los casos cerrados (%Ln).</numerusform>
            <numerusform>No se cuentan los casos cerrados (%Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median %1 days, over %Ln case(s).</source>
        <translation>
            <numerusform>Mediana de %1 días, sobre %Ln caso.</numerusform>
            <numerusform>Mediana de %1 días, sobre %Ln casos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case(s) had no assistance yet.</source>
        <translation>
            <numerusform>%Ln caso abierto aún no ha recibido asistencia.</numerusform>
            <numerusform>%Ln casos abiertos aún no han recibido asistencia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) on this laptop in your scope.</source>
        <translation>
            <numerusform>%Ln caso en este portátil dentro de su ámbito.</numerusform>
            <numerusform>%Ln casos en este portátil dentro de su ámbito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them closed.</source>
        <translation>
            <numerusform>%Ln de ellos cerrado.</numerusform>
            <numerusform>%Ln de ellos cerrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusArea</name>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Files: %1 of %2 · %3 of %4</source>
        <translation>Archivos: %1 de %2 · %3 de %4</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the sync; nothing is lost</source>
        <translation>Detener la sincronización; no se pierde nada</translation>
    </message>
    <message>
        <source>Attachment files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>hace %Ln min</numerusform>
            <numerusform>hace %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>hace %Ln h</numerusform>
            <numerusform>hace %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: no connection</source>
        <translation>Sin sincronizar: no hay conexión</translation>
    </message>
    <message>
        <source>Not synced: this laptop&apos;s clock is wrong</source>
        <translation>Sin sincronizar: el reloj de este portátil no es correcto</translation>
    </message>
    <message>
        <source>Not synced: sign-in refused</source>
        <translation>Sin sincronizar: inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>Not synced: server problem</source>
        <translation>Sin sincronizar: problema del servidor</translation>
    </message>
    <message>
        <source>Not synced: cancelled</source>
        <translation>Sin sincronizar: cancelado</translation>
    </message>
    <message>
        <source>Not synced: device revoked</source>
        <translation>Sin sincronizar: dispositivo revocado</translation>
    </message>
    <message>
        <source>Not synced: sign-in needed</source>
        <translation>Sin sincronizar: hay que iniciar sesión</translation>
    </message>
    <message>
        <source>Not synced: failed</source>
        <translation>Sin sincronizar: error</translation>
    </message>
    <message>
        <source>Not enrolled with a server: cases stay on this laptop</source>
        <translation>No inscrito en un servidor: los casos se quedan en este portátil</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Última sincronización %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln cambio por enviar</numerusform>
            <numerusform>%Ln cambios por enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) wait for %1 to sign in</source>
        <translation>
            <numerusform>%Ln cambio espera a que %1 inicie sesión</numerusform>
            <numerusform>%Ln cambios esperan a que %1 inicie sesión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflicto</numerusform>
            <numerusform>%Ln conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused by the server</source>
        <translation>
            <numerusform>%Ln rechazado por el servidor</numerusform>
            <numerusform>%Ln rechazados por el servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sending changes (%1 of %2)…</source>
        <translation>Enviando cambios (%1 de %2)…</translation>
    </message>
    <message>
        <source>Sending changes (%1)…</source>
        <translation>Enviando cambios (%1)…</translation>
    </message>
    <message>
        <source>Receiving changes (%1)…</source>
        <translation>Recibiendo cambios (%1)…</translation>
    </message>
    <message>
        <source>Connection trouble; trying again (attempt %1)…</source>
        <translation>Problemas de conexión; reintentando (intento %1)…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finalizando…</translation>
    </message>
</context>
<context>
    <name>TaskWords</name>
    <message>
        <source>Done on %1</source>
        <translation>Hecha el %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>Vencida hace %Ln día</numerusform>
            <numerusform>Vencida hace %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>Due in %Ln day(s)</source>
        <translation>
            <numerusform>Vence en %Ln día</numerusform>
            <numerusform>Vence en %Ln días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksSection</name>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marcar como hecha</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>&amp;Vence el</translation>
    </message>
    <message>
        <source>Assi&amp;gned to</source>
        <translation>&amp;Asignada a</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (aún sin guardar)</translation>
    </message>
    <message>
        <source>&amp;Not done after all</source>
        <translation>Marcar como &amp;no hecha</translation>
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
        <translation>%1 se queda en su sitio, con su equipo, hasta que un supervisor del otro sitio acepte el traslado.</translation>
    </message>
    <message>
        <source>transfer to another site</source>
        <translation>traslado a otro sitio</translation>
    </message>
    <message>
        <source>&amp;Why? (the receiving supervisor reads this)</source>
        <translation>¿&amp;Por qué? (lo lee el supervisor que recibe)</translation>
    </message>
    <message>
        <source>Propose the transfer</source>
        <translation>Proponer el traslado</translation>
    </message>
    <message>
        <source>e.g. PORT-01</source>
        <translation>p. ej. PORT-01</translation>
    </message>
    <message>
        <source>&amp;Site code</source>
        <translation>Código del &amp;sitio</translation>
    </message>
    <message>
        <source>%1 stays where it is, with the team that sent it. They read your reason.</source>
        <translation>%1 se queda donde está, con el equipo que lo envió. Leerán su motivo.</translation>
    </message>
    <message>
        <source>decline the transfer</source>
        <translation>rechazar el traslado</translation>
    </message>
    <message>
        <source>&amp;Why do you decline it?</source>
        <translation>¿&amp;Por qué lo rechaza?</translation>
    </message>
    <message>
        <source>Decline the transfer</source>
        <translation>Rechazar el traslado</translation>
    </message>
    <message>
        <source>%1 goes to the supervisors&apos; review queue, under &quot;Escalated to a supervisor&quot;, until a supervisor clears it.</source>
        <translation>%1 pasa a la cola de revisión de los supervisores, en «Escalados a un supervisor», hasta que un supervisor la cierre.</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>escalar</translation>
    </message>
    <message>
        <source>&amp;What needs a supervisor?</source>
        <translation>¿&amp;Qué necesita a un supervisor?</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <source>FieldCase — prepare for travel</source>
        <translation>FieldCase — preparar el viaje</translation>
    </message>
    <message>
        <source>Prepare for travel</source>
        <translation>Preparar el viaje</translation>
    </message>
    <message>
        <source>Erase cases for travel</source>
        <translation>Borrar los casos para el viaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Before a border crossing, this laptop can keep no case at all. Once everything is synced, every case, search entry and attachment is erased with new keys, so what was here cannot be read again. Your passphrase still opens FieldCase; after the crossing, unlock and sync to download the cases again.</source>
        <translation>Antes de cruzar una frontera, este portátil puede no guardar ningún caso. Una vez todo sincronizado, cada caso, entrada de búsqueda y adjunto se borra con claves nuevas, de modo que lo que había aquí no puede volver a leerse. Su frase de paso sigue abriendo FieldCase; después del cruce, desbloquee y sincronice para descargar de nuevo los casos.</translation>
    </message>
    <message>
        <source>Checking what is synced…</source>
        <translation>Comprobando lo que está sincronizado…</translation>
    </message>
    <message>
        <source>Travel status</source>
        <translation>Estado de preparación del viaje</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a server, so its cases could not be downloaded again after the crossing. Nothing can be erased.</source>
        <translation>Este portátil no está inscrito en un servidor, así que sus casos no podrían descargarse de nuevo tras el cruce. No se puede borrar nada.</translation>
    </message>
    <message numerus="yes">
        <source>Everything is synced. %Ln case(s) on this laptop will be erased. FieldCase locks when it is done.</source>
        <translation>
            <numerusform>Todo está sincronizado. Se borrará %Ln caso de este portátil. FieldCase se bloquea al terminar.</numerusform>
            <numerusform>Todo está sincronizado. Se borrarán %Ln casos de este portátil. FieldCase se bloquea al terminar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything is synced yet:</source>
        <translation>Aún no está todo sincronizado:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln cambio por enviar</numerusform>
            <numerusform>%Ln cambios por enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln conflicto abierto por resolver</numerusform>
            <numerusform>%Ln conflictos abiertos por resolver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change(s) held</source>
        <translation>
            <numerusform>%Ln cambio rechazado retenido</numerusform>
            <numerusform>%Ln cambios rechazados retenidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s) not uploaded</source>
        <translation>
            <numerusform>%Ln adjunto sin subir</numerusform>
            <numerusform>%Ln adjuntos sin subir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit event(s) not sent</source>
        <translation>
            <numerusform>%Ln evento del registro de auditoría sin enviar</numerusform>
            <numerusform>%Ln eventos del registro de auditoría sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync, and deal with what waits, then prepare again. Nothing was erased.</source>
        <translation>Sincronice, atienda lo pendiente y vuelva a preparar. No se borró nada.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>FieldCase — unlock</source>
        <translation>FieldCase — desbloquear</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Forgot your passphrase?</source>
        <translation>¿&amp;Olvidó su frase de contraseña?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Unlock FieldCase</source>
        <translation>Desbloquear FieldCase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>The cases on this laptop are encrypted. Enter your user name and passphrase to open them.</source>
        <translation>Los casos de este portátil están cifrados. Escriba su nombre de usuario y su frase de contraseña para abrirlos.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
</context>
<context>
    <name>WorkflowSection</name>
    <message>
        <source>What you can do now</source>
        <translation>Lo que puede hacer ahora</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <source>This case is: %1</source>
        <translation>Estado de este caso: %1</translation>
    </message>
    <message>
        <source>There is nothing you can do to move this case on now; a supervisor may.</source>
        <translation>Ahora no puede hacer nada para que este caso avance; un supervisor sí puede.</translation>
    </message>
    <message>
        <source>A reason is needed for: %1. It is kept as a note on the case.</source>
        <translation>Se necesita un motivo para: %1. Se guarda como nota en el caso.</translation>
    </message>
    <message>
        <source>A reason you give is kept as a note on the case.</source>
        <translation>El motivo que indique se guarda como nota en el caso.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Hecho: %1.</translation>
    </message>
</context>
<context>
    <name>codes/assistance</name>
    <message>
        <source>Food</source>
        <translation>Alimentos</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Apoyo psicosocial</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Asistencia jurídica</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Dinero en efectivo</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Ropa</translation>
    </message>
    <message>
        <source>Hygiene items</source>
        <translation>Artículos de higiene</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Búsqueda de familiares</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretación</translation>
    </message>
</context>
<context>
    <name>codes/attachment_kind</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Document scan</source>
        <translation>Documento escaneado</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Formulario de consentimiento</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Historia clínica</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Otro archivo</translation>
    </message>
</context>
<context>
    <name>codes/consent_form</name>
    <message>
        <source>Spoken</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
</context>
<context>
    <name>codes/consent_giver</name>
    <message>
        <source>The person</source>
        <translation>La persona</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor/a</translation>
    </message>
</context>
<context>
    <name>codes/consent_purpose</name>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Referral to services</source>
        <translation>Derivación a servicios</translation>
    </message>
    <message>
        <source>Anonymous statistics</source>
        <translation>Estadísticas anónimas</translation>
    </message>
    <message>
        <source>Follow-up contact</source>
        <translation>Contacto de seguimiento</translation>
    </message>
</context>
<context>
    <name>codes/document_holder</name>
    <message>
        <source>The person</source>
        <translation>La persona</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Reclutador</translation>
    </message>
    <message>
        <source>Smuggler</source>
        <translation>Traficante de migrantes</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Autoridades</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>codes/document_type</name>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>Documento nacional de identidad</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Partida de nacimiento</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Permiso de residencia</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>Documento de viaje</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Otro documento</translation>
    </message>
</context>
<context>
    <name>codes/flag</name>
    <message>
        <source>Unaccompanied child</source>
        <translation>Niño/a no acompañado/a</translation>
    </message>
    <message>
        <source>Separated child</source>
        <translation>Niño/a separado/a</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Embarazada</translation>
    </message>
    <message>
        <source>Serious medical condition</source>
        <translation>Enfermedad grave</translation>
    </message>
    <message>
        <source>Survivor of violence</source>
        <translation>Sobreviviente de violencia</translation>
    </message>
    <message>
        <source>At risk of detention</source>
        <translation>En riesgo de detención</translation>
    </message>
    <message>
        <source>Needs supervisor review</source>
        <translation>Requiere revisión del supervisor</translation>
    </message>
    <message>
        <source>Trafficking indicators</source>
        <translation>Indicadores de trata</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>Older person</source>
        <translation>Persona mayor</translation>
    </message>
    <message>
        <source>Single caregiver</source>
        <translation>Cuidador/a único/a</translation>
    </message>
    <message>
        <source>Missing family member</source>
        <translation>Familiar desaparecido</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Apátrida</translation>
    </message>
    <message>
        <source>Threatened by exploiters</source>
        <translation>Amenazado/a por explotadores</translation>
    </message>
</context>
<context>
    <name>codes/incident</name>
    <message>
        <source>Violence</source>
        <translation>Violencia</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Violencia sexual</translation>
    </message>
    <message>
        <source>Extortion</source>
        <translation>Extorsión</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <source>Documents taken</source>
        <translation>Documentos confiscados</translation>
    </message>
    <message>
        <source>Kidnapping</source>
        <translation>Secuestro</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <translation>Trabajo forzoso</translation>
    </message>
    <message>
        <source>Abandonment</source>
        <translation>Abandono</translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation>Robo</translation>
    </message>
</context>
<context>
    <name>codes/language</name>
    <message>
        <source>Mesopotamian Arabic</source>
        <translation>árabe mesopotámico</translation>
    </message>
    <message>
        <source>Hijazi Arabic</source>
        <translation>árabe hiyazí</translation>
    </message>
    <message>
        <source>Gulf Arabic</source>
        <translation>árabe del Golfo</translation>
    </message>
    <message>
        <source>Assyrian Neo-Aramaic</source>
        <translation>neoarameo asirio</translation>
    </message>
    <message>
        <source>South Levantine Arabic</source>
        <translation>árabe levantino meridional</translation>
    </message>
    <message>
        <source>Levantine Arabic</source>
        <translation>árabe levantino</translation>
    </message>
    <message>
        <source>Sudanese Arabic</source>
        <translation>árabe sudanés</translation>
    </message>
    <message>
        <source>Libyan Arabic</source>
        <translation>árabe libio</translation>
    </message>
    <message>
        <source>North Mesopotamian Arabic</source>
        <translation>árabe mesopotámico septentrional</translation>
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
        <translation>chittagoniano</translation>
    </message>
    <message>
        <source>Pular</source>
        <translation>pular</translation>
    </message>
    <message>
        <source>Nigerian Fulfulde</source>
        <translation>fulfulde nigeriano</translation>
    </message>
    <message>
        <source>Borana Oromo</source>
        <translation>oromo borana</translation>
    </message>
    <message>
        <source>Gurani</source>
        <translation>gurani</translation>
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
        <translation>pastún meridional</translation>
    </message>
    <message>
        <source>Central Pashto</source>
        <translation>pastún central</translation>
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
        <translation>uzbeko meridional</translation>
    </message>
</context>
<context>
    <name>codes/means</name>
    <message>
        <source>On foot</source>
        <translation>A pie</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Autobús</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Camión</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Automóvil</translation>
    </message>
    <message>
        <source>Boat</source>
        <translation>Barco</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Avión</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>codes/nationality</name>
    <message>
        <source>Stateless person</source>
        <translation>Persona apátrida</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>Refugiado/a</translation>
    </message>
    <message>
        <source>Nationality not known</source>
        <translation>Nacionalidad desconocida</translation>
    </message>
</context>
<context>
    <name>codes/record_kind</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Trayecto</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
</context>
<context>
    <name>codes/referral_status</name>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
</context>
<context>
    <name>codes/relationship</name>
    <message>
        <source>Parent</source>
        <translation>Padre o madre</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Hijo/a</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Hermano/a</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Cónyuge</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Otro familiar</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor/a</translation>
    </message>
    <message>
        <source>Travel companion</source>
        <translation>Compañero/a de viaje</translation>
    </message>
</context>
<context>
    <name>codes/risk</name>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
</context>
<context>
    <name>codes/role</name>
    <message>
        <source>Worker</source>
        <translation>Trabajador/a</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor/a</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador/a</translation>
    </message>
</context>
<context>
    <name>codes/service_category</name>
    <message>
        <source>Shelter</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Apoyo psicosocial</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Asistencia jurídica</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Búsqueda de familiares</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>Protección de la infancia</translation>
    </message>
    <message>
        <source>Safe transport</source>
        <translation>Transporte seguro</translation>
    </message>
    <message>
        <source>Anti-trafficking hotline</source>
        <translation>Línea de ayuda contra la trata</translation>
    </message>
    <message>
        <source>Basic needs</source>
        <translation>Necesidades básicas</translation>
    </message>
    <message>
        <source>Cash assistance</source>
        <translation>Asistencia en efectivo</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretación</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Otro servicio</translation>
    </message>
</context>
<context>
    <name>codes/sex</name>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>Intersexual</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>codes/stage</name>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Tránsito</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retorno</translation>
    </message>
</context>
<context>
    <name>codes/status</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>Plan del caso</translation>
    </message>
    <message>
        <source>Receiving services</source>
        <translation>Recibiendo servicios</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>Cierre solicitado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierto</translation>
    </message>
</context>
<context>
    <name>codes/weekday</name>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
</context>
<context>
    <name>codes/wg_answer</name>
    <message>
        <source>No difficulty</source>
        <translation>Ninguna dificultad</translation>
    </message>
    <message>
        <source>Some difficulty</source>
        <translation>Alguna dificultad</translation>
    </message>
    <message>
        <source>A lot of difficulty</source>
        <translation>Mucha dificultad</translation>
    </message>
    <message>
        <source>Cannot do at all</source>
        <translation>No puede hacerlo en absoluto</translation>
    </message>
</context>
<context>
    <name>codes/wg_domain</name>
    <message>
        <source>Seeing</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Oír</translation>
    </message>
    <message>
        <source>Walking or climbing steps</source>
        <translation>Caminar o subir escalones</translation>
    </message>
    <message>
        <source>Remembering or concentrating</source>
        <translation>Recordar o concentrarse</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Cuidado personal</translation>
    </message>
    <message>
        <source>Communicating</source>
        <translation>Comunicarse</translation>
    </message>
</context>
<context>
    <name>codes/workflow_action</name>
    <message>
        <source>Start assessment</source>
        <translation>Iniciar la valoración</translation>
    </message>
    <message>
        <source>Agree case plan</source>
        <translation>Acordar el plan del caso</translation>
    </message>
    <message>
        <source>Return the case plan</source>
        <translation>Devolver el plan del caso</translation>
    </message>
    <message>
        <source>Start services</source>
        <translation>Iniciar los servicios</translation>
    </message>
    <message>
        <source>Request closure</source>
        <translation>Solicitar el cierre</translation>
    </message>
    <message>
        <source>Approve closure</source>
        <translation>Aprobar el cierre</translation>
    </message>
    <message>
        <source>Return for more work</source>
        <translation>Devolver para completar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Service no longer listed (%1)</source>
        <translation>Servicio que ya no figura en el directorio (%1)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Add a file to the case</source>
        <translation>Añadir un archivo al caso</translation>
    </message>
    <message>
        <source>Photos, scans and documents (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf);;All files (*)</source>
        <translation>Fotos, escaneos y documentos (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Discard this registration?</source>
        <translation>¿Descartar este registro?</translation>
    </message>
    <message>
        <source>What you typed about this person will be lost.</source>
        <translation>Se perderá lo que escribió sobre esta persona.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>No puede estar vacío.</translation>
    </message>
    <message>
        <source>This is not the right kind of value.</source>
        <translation>Este no es el tipo de valor adecuado.</translation>
    </message>
    <message>
        <source>This field is not part of a case.</source>
        <translation>Este campo no forma parte de un caso.</translation>
    </message>
    <message>
        <source>This setting is not part of the policy.</source>
        <translation>Este ajuste no forma parte de la política.</translation>
    </message>
    <message>
        <source>This value could not be read.</source>
        <translation>No se pudo leer este valor.</translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation>No se pudo leer este archivo.</translation>
    </message>
    <message>
        <source>These changes were made on another case; open that case to save them.</source>
        <translation>Estos cambios se hicieron en otro caso; abra ese caso para guardarlos.</translation>
    </message>
    <message>
        <source>This is not a document FieldCase can read.</source>
        <translation>Este no es un documento que FieldCase pueda leer.</translation>
    </message>
    <message>
        <source>This document is nested too deeply to read.</source>
        <translation>Este documento tiene demasiados niveles anidados para leerlo.</translation>
    </message>
    <message>
        <source>This is too large to read.</source>
        <translation>Es demasiado grande para leerlo.</translation>
    </message>
    <message>
        <source>This file is too large (%1): a case keeps files of at most %2. Scan or photograph it at a lower resolution.</source>
        <translation>Este archivo es demasiado grande (%1): un caso guarda archivos de %2 como máximo. Escanéelo o fotografíelo con menor resolución.</translation>
    </message>
    <message>
        <source>This is a program or a script. A case keeps photos, scans and documents only.</source>
        <translation>Es un programa o un script. Un caso solo guarda fotos, escaneos y documentos.</translation>
    </message>
    <message>
        <source>This field is given twice.</source>
        <translation>Este campo aparece dos veces.</translation>
    </message>
    <message>
        <source>This text holds a broken character; type it again.</source>
        <translation>Este texto contiene un carácter dañado; vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation>Elija uno de los valores ofrecidos.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Demasiado largo: %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Remove the hidden direction marks; type the name as it is written.</source>
        <translation>Quite las marcas de dirección ocultas; escriba el nombre tal como se escribe.</translation>
    </message>
    <message>
        <source>Type at least one visible letter.</source>
        <translation>Escriba al menos una letra visible.</translation>
    </message>
    <message>
        <source>Remove the line breaks or invisible characters.</source>
        <translation>Quite los saltos de línea o los caracteres invisibles.</translation>
    </message>
    <message>
        <source>This is not written the way it should be.</source>
        <translation>Esto no está escrito como debería.</translation>
    </message>
    <message>
        <source>This record&apos;s id is not valid.</source>
        <translation>El identificador de este registro no es válido.</translation>
    </message>
    <message>
        <source>Two records have the same id.</source>
        <translation>Dos registros tienen el mismo identificador.</translation>
    </message>
    <message>
        <source>This cannot be changed once it is set.</source>
        <translation>Esto no se puede cambiar una vez fijado.</translation>
    </message>
    <message>
        <source>Entries are kept as written; add a correction instead.</source>
        <translation>Las entradas se conservan tal como se escribieron; añada una corrección en su lugar.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Escriba un número entero.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Escriba un número de %1 a %2.</translation>
    </message>
    <message>
        <source>This number is outside the allowed range.</source>
        <translation>Este número está fuera del rango permitido.</translation>
    </message>
    <message>
        <source>Enter a real date.</source>
        <translation>Escriba una fecha real.</translation>
    </message>
    <message>
        <source>Enter a real date and time.</source>
        <translation>Escriba una fecha y hora reales.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Esta fecha está en el futuro.</translation>
    </message>
    <message>
        <source>This date is before the one it follows.</source>
        <translation>Esta fecha es anterior a la que le precede.</translation>
    </message>
    <message>
        <source>This birth date gives an impossible age.</source>
        <translation>Esta fecha de nacimiento da una edad imposible.</translation>
    </message>
    <message>
        <source>Give a date of birth or an estimated age.</source>
        <translation>Indique una fecha de nacimiento o una edad estimada.</translation>
    </message>
    <message>
        <source>Choose a consent of this case.</source>
        <translation>Elija un consentimiento de este caso.</translation>
    </message>
    <message>
        <source>No case with this number that you may open is on this laptop.</source>
        <translation>No hay en este portátil ningún caso con este número que usted pueda abrir.</translation>
    </message>
    <message>
        <source>The person has not consented to a referral to this service. Record their consent first.</source>
        <translation>La persona no ha dado su consentimiento para una derivación a este servicio. Registre primero su consentimiento.</translation>
    </message>
    <message>
        <source>The person withdrew their consent to this referral, so it cannot be sent.</source>
        <translation>La persona retiró su consentimiento para esta derivación, así que no se puede enviar.</translation>
    </message>
    <message>
        <source>Choose a service from the service directory.</source>
        <translation>Elija un servicio del directorio de servicios.</translation>
    </message>
    <message>
        <source>Moving a case to another site is a transfer, which a supervisor makes.</source>
        <translation>Trasladar un caso a otra sede es una transferencia, y la hace un supervisor.</translation>
    </message>
    <message>
        <source>Escalate a case, or clear an escalation, with its own action.</source>
        <translation>Escale un caso, o cierre una escalada, con su propia acción.</translation>
    </message>
    <message>
        <source>The case is already at this site.</source>
        <translation>El caso ya está en este sitio.</translation>
    </message>
    <message>
        <source>No transfer of this case is waiting.</source>
        <translation>No hay ningún traslado de este caso en espera.</translation>
    </message>
    <message>
        <source>The case is not escalated.</source>
        <translation>El caso no está escalado.</translation>
    </message>
    <message>
        <source>This consent is not for a referral.</source>
        <translation>Este consentimiento no es para una derivación.</translation>
    </message>
    <message>
        <source>This consent was given for another service.</source>
        <translation>Este consentimiento se dio para otro servicio.</translation>
    </message>
    <message>
        <source>A referral needs this.</source>
        <translation>Una derivación lo necesita.</translation>
    </message>
    <message>
        <source>Only a consent to refer has this.</source>
        <translation>Solo un consentimiento para derivar tiene esto.</translation>
    </message>
    <message>
        <source>Only the assigned worker or a supervisor may record this.</source>
        <translation>Solo la persona trabajadora asignada o un supervisor pueden registrar esto.</translation>
    </message>
    <message>
        <source>This changes only through the case&apos;s workflow actions.</source>
        <translation>Esto solo cambia mediante las acciones del flujo de trabajo del caso.</translation>
    </message>
    <message>
        <source>This case has no such record.</source>
        <translation>Este caso no tiene ese registro.</translation>
    </message>
    <message>
        <source>This question is not in the questionnaire.</source>
        <translation>Esta pregunta no está en el cuestionario.</translation>
    </message>
    <message>
        <source>Answer yes, no, or leave it unanswered.</source>
        <translation>Responda sí o no, o déjela sin responder.</translation>
    </message>
    <message>
        <source>This questionnaire version is not on this laptop.</source>
        <translation>Esta versión del cuestionario no está en este portátil.</translation>
    </message>
    <message>
        <source>This questionnaire is not on this laptop.</source>
        <translation>Este cuestionario no está en este portátil.</translation>
    </message>
    <message>
        <source>The person&apos;s age or journey stage is needed to score this.</source>
        <translation>Para puntuar esto se necesita la edad de la persona o la etapa de su trayecto.</translation>
    </message>
    <message>
        <source>This questionnaire file is damaged.</source>
        <translation>El archivo de este cuestionario está dañado.</translation>
    </message>
    <message>
        <source>Choose one of the two values.</source>
        <translation>Elija uno de los dos valores.</translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation>No puede quitarse a sí mismo.</translation>
    </message>
    <message>
        <source>Only a supervisor may read the audit log of this laptop.</source>
        <translation>Solo un supervisor puede leer el registro de auditoría de este portátil.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https://</source>
        <translation>Escriba la dirección del servidor, empezando por https://</translation>
    </message>
    <message>
        <source>The address must start with https:// so nothing is sent in clear.</source>
        <translation>La dirección debe empezar por https:// para que nada se envíe sin cifrar.</translation>
    </message>
    <message>
        <source>This laptop is already enrolled.</source>
        <translation>Este portátil ya está inscrito.</translation>
    </message>
    <message>
        <source>This enrolment is no longer waiting. Start again with a new code.</source>
        <translation>Esta inscripción ya no está en espera. Empiece de nuevo con un código nuevo.</translation>
    </message>
    <message>
        <source>A code is ten letters and digits, like ABCDE-12345.</source>
        <translation>Un código tiene diez letras y cifras, como ABCDE-12345.</translation>
    </message>
    <message>
        <source>The server does not know this code. Check it with your administrator.</source>
        <translation>El servidor no conoce este código. Compruébelo con su administrador.</translation>
    </message>
    <message>
        <source>This code has expired (a code lasts 24 hours). Ask your administrator for a new one.</source>
        <translation>Este código ha caducado (un código dura 24 horas). Pida uno nuevo a su administrador.</translation>
    </message>
    <message>
        <source>This code has been used already. Ask your administrator for a new one.</source>
        <translation>Este código ya se ha usado. Pida uno nuevo a su administrador.</translation>
    </message>
    <message>
        <source>This is not an organisation recovery key. Choose the key&apos;s file, or paste all of its text.</source>
        <translation>Esto no es una clave de recuperación de la organización. Elija el archivo de la clave o pegue todo su texto.</translation>
    </message>
    <message>
        <source>This key does not open this laptop: it is another organisation&apos;s key, or the laptop was set up without one.</source>
        <translation>Esta clave no abre este portátil: es la clave de otra organización, o el portátil se configuró sin ella.</translation>
    </message>
    <message>
        <source>This is the private recovery key. Give the public key; keep the private one offline.</source>
        <translation>Esta es la clave de recuperación privada. Indique la clave pública; guarde la privada fuera de línea.</translation>
    </message>
    <message>
        <source>A recovery public key is 64 hexadecimal digits.</source>
        <translation>Una clave pública de recuperación tiene 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>This laptop has no user of that name.</source>
        <translation>Este portátil no tiene ningún usuario con ese nombre.</translation>
    </message>
    <message>
        <source>This is not your current passphrase.</source>
        <translation>Esta no es su frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Choose a passphrase different from your current one.</source>
        <translation>Elija una frase de contraseña distinta de la actual.</translation>
    </message>
    <message>
        <source>The warning must come before the limit.</source>
        <translation>El aviso debe llegar antes del límite.</translation>
    </message>
    <message>
        <source>Your organisation does not allow this.</source>
        <translation>Su organización no lo permite.</translation>
    </message>
    <message>
        <source>Your organisation requires this.</source>
        <translation>Su organización lo exige.</translation>
    </message>
    <message>
        <source>Choose a duress passphrase different from your passphrase.</source>
        <translation>Elija una frase de coacción distinta de su frase de paso.</translation>
    </message>
    <message>
        <source>Switch quick wipe on first.</source>
        <translation>Active primero el borrado rápido.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Use at least %1 characters; several words are easiest.</source>
        <translation>Use al menos %1 caracteres; lo más fácil son varias palabras.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; choose something else.</source>
        <translation>Es una de las contraseñas más comunes; elija otra cosa.</translation>
    </message>
    <message>
        <source>Too repetitive: repeated characters or a repeated short pattern.</source>
        <translation>Demasiado repetitiva: caracteres repetidos o un patrón corto repetido.</translation>
    </message>
    <message>
        <source>A keyboard or alphabet sequence is guessed first; choose something else.</source>
        <translation>Las secuencias del teclado o del alfabeto son lo primero que se adivina; elija otra cosa.</translation>
    </message>
    <message>
        <source>Do not build it from your user name, the site or the product name.</source>
        <translation>No la forme a partir de su nombre de usuario, la sede o el nombre del producto.</translation>
    </message>
    <message>
        <source>The case already shows these values. Change the case and save it, or drop the refused change.</source>
        <translation>El caso ya muestra estos valores. Modifique el caso y guárdelo, o descarte el cambio rechazado.</translation>
    </message>
    <message>
        <source>You may not make this change on the server: it needs a supervisor of the case&apos;s team.</source>
        <translation>No puede hacer este cambio en el servidor: requiere un supervisor del equipo del caso.</translation>
    </message>
    <message>
        <source>The server does not let you change this case: it is not assigned to you, or it has moved to another team.</source>
        <translation>El servidor no le permite modificar este caso: no está asignado a usted, o ha pasado a otro equipo.</translation>
    </message>
    <message>
        <source>The server does not know this user name.</source>
        <translation>El servidor no conoce este nombre de usuario.</translation>
    </message>
    <message>
        <source>The server does not know this site.</source>
        <translation>El servidor no conoce esta sede.</translation>
    </message>
    <message>
        <source>This site belongs to another team: a case moves only between the sites of its own team.</source>
        <translation>Esta sede pertenece a otro equipo: un caso solo se traslada entre las sedes de su propio equipo.</translation>
    </message>
    <message>
        <source>This person is not in the case&apos;s team.</source>
        <translation>Esta persona no está en el equipo del caso.</translation>
    </message>
    <message>
        <source>Moving a case to another site is a transfer: a supervisor of the case&apos;s team makes it, to one of the team&apos;s sites.</source>
        <translation>Trasladar un caso a otra sede es una transferencia: la hace un supervisor del equipo del caso, a una de las sedes del equipo.</translation>
    </message>
    <message>
        <source>The case cannot move to this status from the one the server holds. Use the case&apos;s workflow actions.</source>
        <translation>El caso no puede pasar a este estado desde el que tiene el servidor. Use las acciones del flujo de trabajo del caso.</translation>
    </message>
    <message>
        <source>This case number is in another laptop&apos;s series. Tell your administrator.</source>
        <translation>Este número de caso pertenece a la serie de otro portátil. Avise a su administrador.</translation>
    </message>
    <message>
        <source>The screening result does not follow from its answers. Screen the person again on this laptop.</source>
        <translation>El resultado de la evaluación no se corresponde con sus respuestas. Vuelva a evaluar a la persona en este portátil.</translation>
    </message>
    <message>
        <source>This change is too large to send.</source>
        <translation>Este cambio es demasiado grande para enviarlo.</translation>
    </message>
    <message>
        <source>The server could not read this change. Tell your administrator.</source>
        <translation>El servidor no pudo leer este cambio. Avise a su administrador.</translation>
    </message>
    <message>
        <source>The server already holds another change under the same id. Tell your administrator.</source>
        <translation>El servidor ya tiene otro cambio con el mismo identificador. Avise a su administrador.</translation>
    </message>
    <message>
        <source>The server holds this record as another kind of record. Tell your administrator.</source>
        <translation>El servidor tiene este registro como otro tipo de registro. Avise a su administrador.</translation>
    </message>
    <message>
        <source>The server holds this record in another case. Tell your administrator.</source>
        <translation>El servidor tiene este registro en otro caso. Avise a su administrador.</translation>
    </message>
    <message>
        <source>The server holds this record differently. Tell your administrator.</source>
        <translation>El servidor tiene este registro de otra forma. Avise a su administrador.</translation>
    </message>
    <message>
        <source>This change could not be read on this laptop, so it was not sent. Tell your administrator.</source>
        <translation>Este cambio no se pudo leer en este portátil, así que no se envió. Avise a su administrador.</translation>
    </message>
    <message>
        <source>Too long for the server.</source>
        <translation>Demasiado largo para el servidor.</translation>
    </message>
    <message>
        <source>The server did not accept this change (%1).</source>
        <translation>El servidor no aceptó este cambio (%1).</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Use %1 caracteres como máximo.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
</TS>
