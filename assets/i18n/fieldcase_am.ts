<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="am" sourcelanguage="en">
<context>
    <name>ActionWords</name>
    <message>
        <source>&amp;File</source>
        <translation>ፋይል(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>ጉዳይ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>ማመሳሰል(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ቋንቋ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>እገዛ(&amp;H)</translation>
    </message>
    <message>
        <source>Show FieldCase in this language</source>
        <translation>FieldCaseን በዚህ ቋንቋ አሳይ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>በማመሳሰል ላይ…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>አሁን አመሳስል(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>የሚጋጩ ለውጦች(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refused changes</source>
        <translation>ውድቅ የሆኑ ለውጦች(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts (%Ln)</source>
        <translation>
            <numerusform>የሚጋጩ ለውጦች(&amp;C) (%Ln)</numerusform>
            <numerusform>የሚጋጩ ለውጦች(&amp;C) (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Refused changes (%Ln)</source>
        <translation>
            <numerusform>ውድቅ የሆኑ ለውጦች(&amp;R) (%Ln)</numerusform>
            <numerusform>ውድቅ የሆኑ ለውጦች(&amp;R) (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>አዲስ ሰው(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a new person</source>
        <translation>አዲስ ሰው መዝግብ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>አትም(&amp;P)…</translation>
    </message>
    <message>
        <source>Print what this person&apos;s referral needs</source>
        <translation>የዚህ ሰው ሪፈራል የሚያስፈልገውን አትም</translation>
    </message>
    <message>
        <source>Print case s&amp;ummary…</source>
        <translation>የጉዳዩን ማጠቃለያ አትም(&amp;U)…</translation>
    </message>
    <message>
        <source>Print what a reader of this case needs, marked confidential</source>
        <translation>የዚህን ጉዳይ አንባቢ የሚያስፈልገውን፣ ሚስጥራዊ ተብሎ ምልክት ተደርጎበት አትም</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>የይለፍ ቃል ቀይር(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this laptop</source>
        <translation>ለዚህ ኮምፒውተር አዲስ የይለፍ ቃል ይምረጡ</translation>
    </message>
    <message>
        <source>Prepare for &amp;travel…</source>
        <translation>ለጉዞ ተዘጋጅ(&amp;T)…</translation>
    </message>
    <message>
        <source>Before a border crossing: erase every case from this laptop once synced; a sync brings them back</source>
        <translation>ድንበር ከመሻገርዎ በፊት፦ ከተመሳሰሉ በኋላ ሁሉንም ጉዳዮች ከዚህ ኮምፒውተር ያጥፉ፤ ማመሳሰል መልሶ ያመጣቸዋል</translation>
    </message>
    <message>
        <source>&amp;Duress and quick wipe…</source>
        <translation>የማስገደድ እና ፈጣን ማጥፋት(&amp;D)…</translation>
    </message>
    <message>
        <source>Set a duress passphrase; switch the quick wipe on or off</source>
        <translation>የማስገደድ የይለፍ ቃል ያዘጋጁ፤ ፈጣን ማጥፋትን ያብሩ ወይም ያጥፉ</translation>
    </message>
    <message>
        <source>Quick &amp;wipe…</source>
        <translation>ፈጣን ማጥፋት(&amp;W)…</translation>
    </message>
    <message>
        <source>Erase everything on this laptop at once</source>
        <translation>በዚህ ኮምፒውተር ላይ ያለውን ሁሉ በአንዴ አጥፋ</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ቆልፍ(&amp;L)</translation>
    </message>
    <message>
        <source>Lock FieldCase now</source>
        <translation>FieldCaseን አሁን ቆልፍ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ውጣ(&amp;Q)</translation>
    </message>
    <message>
        <source>Close FieldCase</source>
        <translation>FieldCaseን ዝጋ</translation>
    </message>
    <message>
        <source>Sea&amp;rch…</source>
        <translation>ፈልግ(&amp;R)…</translation>
    </message>
    <message>
        <source>Search by name, case number, phone or document</source>
        <translation>በስም፣ በጉዳይ ቁጥር፣ በስልክ ወይም በሰነድ ፈልግ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>አስቀምጥ(&amp;S)</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>ጉዳዩን አስቀምጥ</translation>
    </message>
    <message>
        <source>&amp;Due follow-ups</source>
        <translation>ጊዜያቸው የደረሰ ክትትሎች(&amp;D)</translation>
    </message>
    <message>
        <source>Overdue, today and this week</source>
        <translation>ጊዜያቸው ያለፈ፣ ዛሬ እና በዚህ ሳምንት</translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation>የግምገማ ወረፋ(&amp;Q)</translation>
    </message>
    <message>
        <source>What waits for a supervisor, in groups with counts</source>
        <translation>ተቆጣጣሪን የሚጠብቅ፣ በቡድን ከብዛታቸው ጋር</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>ዳሽቦርድ(&amp;B)</translation>
    </message>
    <message>
        <source>The team&apos;s cases counted, in charts to save as PNG or CSV</source>
        <translation>የቡድኑ ጉዳዮች ተቆጥረው፣ እንደ PNG ወይም CSV በሚቀመጡ ሰንጠረዦች</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>አጽድቅ(&amp;P)</translation>
    </message>
    <message>
        <source>Agree the case plan or approve the closure it waits for</source>
        <translation>በጉዳዩ እቅድ ይስማሙ ወይም የሚጠብቀውን መዝጋት ያጽድቁ</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>መልስ(&amp;T)…</translation>
    </message>
    <message>
        <source>Send the case plan or the closure back, with a comment</source>
        <translation>የጉዳዩን እቅድ ወይም መዝጋቱን ከአስተያየት ጋር ይመልሱ</translation>
    </message>
    <message>
        <source>Ass&amp;ign to…</source>
        <translation>ስጥ ለ(&amp;I)…</translation>
    </message>
    <message>
        <source>Give the selected cases to a member of the team</source>
        <translation>የተመረጡትን ጉዳዮች ለቡድኑ አባል ይስጡ</translation>
    </message>
    <message>
        <source>Accept trans&amp;fer</source>
        <translation>ዝውውር ተቀበል(&amp;F)</translation>
    </message>
    <message>
        <source>Take the case whose transfer waits for your site</source>
        <translation>ዝውውሩ ጣቢያዎን የሚጠብቀውን ጉዳይ ይውሰዱ</translation>
    </message>
    <message>
        <source>Dec&amp;line transfer…</source>
        <translation>ዝውውር አትቀበል(&amp;L)…</translation>
    </message>
    <message>
        <source>Leave the case with the team that sent it, saying why</source>
        <translation>ጉዳዩን ከላከው ቡድን ጋር ይተዉት፣ ምክንያቱን በመግለጽ</translation>
    </message>
    <message>
        <source>Transfer to another sit&amp;e…</source>
        <translation>ወደ ሌላ ጣቢያ አዛውር(&amp;E)…</translation>
    </message>
    <message>
        <source>Propose moving the case; it moves when a supervisor there accepts</source>
        <translation>ጉዳዩን ማዛወር ያቅርቡ፤ እዚያ ያለ ተቆጣጣሪ ሲቀበለው ይዛወራል</translation>
    </message>
    <message>
        <source>Es&amp;calate…</source>
        <translation>ወደ ላይ አስተላልፍ(&amp;C)…</translation>
    </message>
    <message>
        <source>Raise the case to a supervisor, saying why</source>
        <translation>ጉዳዩን ወደ ተቆጣጣሪ ያስተላልፉ፣ ምክንያቱን በመግለጽ</translation>
    </message>
    <message>
        <source>Clear escalati&amp;on</source>
        <translation>ማስተላለፉን ጨርስ(&amp;O)</translation>
    </message>
    <message>
        <source>The escalation of the case is dealt with</source>
        <translation>የጉዳዩ ማስተላለፍ ተስተናግዷል</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>የኦዲት መዝገብ(&amp;A)</translation>
    </message>
    <message>
        <source>Who viewed, changed, exported or printed which case, when</source>
        <translation>ማን የትኛውን ጉዳይ መቼ አየ፣ ቀየረ፣ ላከ ወይም አተመ</translation>
    </message>
    <message>
        <source>Rete&amp;ntion…</source>
        <translation>ማቆያ(&amp;N)…</translation>
    </message>
    <message>
        <source>Closed cases past your organisation&apos;s retention, to remove from this laptop</source>
        <translation>የድርጅትዎ የማቆያ ጊዜ ያለፈባቸው የተዘጉ ጉዳዮች፣ ከዚህ ኮምፒውተር የሚወገዱ</translation>
    </message>
    <message>
        <source>Erase t&amp;his person&apos;s record…</source>
        <translation>የዚህን ሰው መዝገብ አጥፋ(&amp;H)…</translation>
    </message>
    <message>
        <source>Erase the open case here, on the server and on every laptop, at a person&apos;s request</source>
        <translation>ክፍት ጉዳዩን እዚህ፣ በሰርቨሩ እና በሁሉም ኮምፒውተሮች ላይ ያጥፉ፣ በሰውየው ጥያቄ</translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translation>ለውጦችን አሁን ላክ እና ተቀበል</translation>
    </message>
    <message>
        <source>Fields changed differently on two laptops</source>
        <translation>በሁለት ኮምፒውተሮች ላይ በተለያየ መንገድ የተቀየሩ መስኮች</translation>
    </message>
    <message>
        <source>Changes the server did not accept, with the reason</source>
        <translation>ሰርቨሩ ያልተቀበላቸው ለውጦች፣ ከምክንያታቸው ጋር</translation>
    </message>
    <message>
        <source>&amp;Enrol this laptop…</source>
        <translation>ይህን ኮምፒውተር አስመዝግብ(&amp;E)…</translation>
    </message>
    <message>
        <source>Connect this laptop to your organisation&apos;s server with a one-time code</source>
        <translation>ይህን ኮምፒውተር በአንድ ጊዜ ኮድ ከድርጅትዎ ሰርቨር ጋር ያገናኙ</translation>
    </message>
    <message>
        <source>Sign &amp;in to the server…</source>
        <translation>ወደ ሰርቨሩ ግባ(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign in with your server passphrase</source>
        <translation>በሰርቨር የይለፍ ቃልዎ ይግቡ</translation>
    </message>
    <message>
        <source>&amp;About FieldCase</source>
        <translation>ስለ FieldCase(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>ስሪት እና ፈቃዶች</translation>
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
        <translation>በእንግሊዝኛ፦ %1</translation>
    </message>
    <message>
        <source>⚠ Sensitive: ask in private, with no one else present.</source>
        <translation>⚠ ስሱ፦ ሌላ ሰው በሌለበት በግል ይጠይቁ።</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>አዎ(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>አይ(&amp;N)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>መልስ የለም</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>FieldCase — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preparing a demo with %Ln fictional case(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The demo could not be prepared. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>FieldCase — assign cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each case is changed on its own and syncs; a case that cannot be assigned is named with the reason, and the others go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistanceSection</name>
    <message>
        <source>Date</source>
        <translation type="unfinished">ቀን</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished">የሰጠው</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assistance recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record assistance given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation type="unfinished">የሰጠው(&amp;B)</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation type="unfinished">እርዳታ</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>FieldCase — attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be shown: it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here. FieldCase does not open it in another program, because that would write it to the disk unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 pages of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Files are added to the case at once, encrypted on this laptop: they do not wait for Save. Select a file and press Enter to view it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it shows, e.g. consent form, page 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or drop a file anywhere on this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">አዎ</translation>
    </message>
    <message>
        <source>Yes, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: the next sync fetches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not on this laptop yet. It comes with the next sync, once there is a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read on this laptop: it is damaged, or not fully here yet. Sync, then try again; tell your administrator if it stays so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added, encrypted on this laptop. It goes to the server with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>FieldCase — audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished">ማንኛውም ሰው</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">የጉዳይ ቁጥር</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ase number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done on this laptop, newest first: case numbers, never names. Enter opens the case. Opening this window is recorded in the log too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">በመጫን ላይ…</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event names several cases: open one from the case list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is no longer on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is not about one case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">ሌላ</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) no longer on this laptop</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln event(s); more load as you scroll down.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">መቼ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">ጉዳይ</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1፦ %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to count yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Status:</source>
        <translation>ሁኔታ፦</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>ያልተዘጋ</translation>
    </message>
    <message>
        <source>Any, closed too</source>
        <translation>ማንኛውም፣ የተዘጉትም</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>አደጋ፦</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>ማንኛውም</translation>
    </message>
    <message>
        <source>not screened</source>
        <translation>አልተመረመረም</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>ደረጃ፦</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>ቀጠሮ፦</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ጊዜው ያለፈ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ዛሬ</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>በዚህ ሳምንት</translation>
    </message>
    <message>
        <source>Flag:</source>
        <translation>ምልክት፦</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>የተሰጠው፦</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>ማንኛውም ሰው</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>እኔ</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>ማንም</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>ማጣሪያዎችን አጽዳ</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Overdue</source>
        <translation>ጊዜው ያለፈ</translation>
    </message>
    <message>
        <source>Status: %1 · Stage: %2 · Risk: %3</source>
        <translation>ሁኔታ፦ %1 · ደረጃ፦ %2 · አደጋ፦ %3</translation>
    </message>
    <message>
        <source>not screened</source>
        <translation>አልተመረመረም</translation>
    </message>
    <message>
        <source>Overdue: %1 — %2</source>
        <translation>ጊዜው ያለፈ፦ %1 — %2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Loading…</source>
        <translation>በመጫን ላይ…</translation>
    </message>
    <message>
        <source>Overdue: the earliest open task was due on {date}</source>
        <translation>ጊዜው ያለፈ፦ የመጀመሪያው ክፍት ተግባር በ{date} መጠናቀቅ ነበረበት</translation>
    </message>
    <message>
        <source>{status} · matched on {what}</source>
        <translation>{status} · በ{what} ተዛምዷል</translation>
    </message>
    <message>
        <source>Overdue · {date}</source>
        <translation>ጊዜው ያለፈ · {date}</translation>
    </message>
    <message>
        <source>Today · {date}</source>
        <translation>ዛሬ · {date}</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>የጉዳይ ቁጥር</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>ስልክ ቁጥር</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>የሰነድ ቁጥር</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>የጉዳይ ቁጥር</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>አደጋ</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>ቀጣይ ቀጠሮ</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>የመጨረሻ ለውጥ</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>ጉዳዮች</translation>
    </message>
    <message>
        <source>No one found for “{text}”. Check the spelling, or search by phone or document number.</source>
        <translation>ለ“{text}” ማንም አልተገኘም። አጻጻፉን ያረጋግጡ፣ ወይም በስልክ ወይም በሰነድ ቁጥር ይፈልጉ።</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;register&quot;&gt;Register “{text}” as a new person&lt;/a&gt; (press Enter in the search box, or Ctrl+N)</source>
        <translation>&lt;a href=&quot;register&quot;&gt;“{text}”ን እንደ አዲስ ሰው መዝግብ&lt;/a&gt; (በፍለጋ ሳጥኑ ውስጥ Enter ይጫኑ፣ ወይም Ctrl+N)</translation>
    </message>
    <message>
        <source>No cases yet. Press Ctrl+N to register a person.</source>
        <translation>እስካሁን ምንም ጉዳይ የለም። ሰው ለመመዝገብ Ctrl+N ይጫኑ።</translation>
    </message>
    <message>
        <source>Nothing matches these filters — &lt;a href=&quot;clear&quot;&gt;clear filters&lt;/a&gt;</source>
        <translation>ከእነዚህ ማጣሪያዎች ጋር የሚዛመድ የለም — &lt;a href=&quot;clear&quot;&gt;ማጣሪያዎችን አጽዳ&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No cases in this list.</source>
        <translation>በዚህ ዝርዝር ውስጥ ጉዳይ የለም።</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Save</source>
        <translation>አስቀምጥ</translation>
    </message>
    <message>
        <source>Save the case (%1)</source>
        <translation>ጉዳዩን አስቀምጥ (%1)</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>ጉዳዩን በመክፈት ላይ…</translation>
    </message>
    <message>
        <source>This case changed while you were editing: %1. Your edits are kept; if you save them, both values are kept for you to settle in Conflicts.</source>
        <translation>ይህ ጉዳይ እያስተካከሉ ሳሉ ተቀይሯል፦ %1። ለውጦችዎ ተጠብቀዋል፤ ካስቀመጧቸው ሁለቱም እሴቶች በሚጋጩ ለውጦች ውስጥ እንዲወስኑ ይቀመጣሉ።</translation>
    </message>
    <message>
        <source>Choose a saved referral in the list, then print its letter.</source>
        <translation>በዝርዝሩ ውስጥ የተቀመጠ ሪፈራል ይምረጡ፣ ከዚያ ደብዳቤውን ያትሙ።</translation>
    </message>
    <message>
        <source>Case %1 was erased from this laptop. The next sync erases it on the server and every other laptop.</source>
        <translation>ጉዳይ %1 ከዚህ ኮምፒውተር ጠፍቷል። ቀጣዩ ማመሳሰል በሰርቨሩ እና በሌሎች ኮምፒውተሮች ሁሉ ላይ ያጠፋዋል።</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>የሚቀመጥ የለም፦ ምንም አልተቀየረም።</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>በማስቀመጥ ላይ…</translation>
    </message>
    <message>
        <source>This case changed while you were editing: %1 — both values are kept; see Conflicts to choose.</source>
        <translation>ይህ ጉዳይ እያስተካከሉ ሳሉ ተቀይሯል፦ %1 — ሁለቱም እሴቶች ተቀምጠዋል፤ ለመምረጥ የሚጋጩ ለውጦችን ይመልከቱ።</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ተቀምጧል።</translation>
    </message>
    <message>
        <source>%1 See: %2.</source>
        <translation>%1 ይመልከቱ፦ %2።</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1፦ %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ያልተቀመጡ ለውጦች</translation>
    </message>
    <message>
        <source>Select a case in the list and press Enter to open it.</source>
        <translation>በዝርዝሩ ውስጥ ጉዳይ ይምረጡ እና ለመክፈት Enter ይጫኑ።</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>አልተጠየቀም</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>አዎ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>አይ</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <source>FieldCase — case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is everything the summary shows. Print it, or save it as a PDF where you choose; either asks for your passphrase and is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include who the person is (name, age, nationality, languages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">አትም(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case-summary.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>FieldCase — change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ሰርዝ</translation>
    </message>
    <message>
        <source>The new passphrase opens this laptop from the next unlock on; the old one no longer does. A few random words you can remember work well. Your server passphrase does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one the next time you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the counts as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts could not be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>FieldCase — conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fields were changed differently on two laptops before they synced. Both values are kept, and the case shows the one marked “shown now” until someone decides. Select the value that is right and keep it; the choice syncs to every laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished">ጉዳይ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">መቼ</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not on this laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ shown now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Consent</source>
        <translation>ፈቃድ</translation>
    </message>
    <message>
        <source>Ask before recording more than the minimum. Tick what the person agrees to; consent to a referral is asked for each service when referring.</source>
        <translation>ከዝቅተኛው በላይ ከመመዝገብዎ በፊት ይጠይቁ። ሰውየው የተስማማበትን ምልክት ያድርጉ፤ የሪፈራል ፈቃድ ሪፈር ሲደረግ ለእያንዳንዱ አገልግሎት ይጠየቃል።</translation>
    </message>
    <message>
        <source>&amp;Registration: keep a record to help them</source>
        <translation>ምዝገባ(&amp;R)፦ እነሱን ለመርዳት መዝገብ መያዝ</translation>
    </message>
    <message>
        <source>Follow-up &amp;contact</source>
        <translation>የክትትል ግንኙነት(&amp;C)</translation>
    </message>
    <message>
        <source>Anonymous s&amp;tatistics</source>
        <translation>ስም-አልባ ስታቲስቲክስ(&amp;T)</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>የሰጠው(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>እንዴት(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ConsentsSection</name>
    <message>
        <source>Purpose</source>
        <translation>ዓላማ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>አገልግሎት</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>የሰጠው</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>መንገድ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>ፈቃዶች</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>አንሳ(&amp;W)</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>ፈቃድ መዝግብ</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>ዓላማ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>አገልግሎት(&amp;S)</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>የሰጠው(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>መንገድ(&amp;F)</translation>
    </message>
    <message>
        <source>Given &amp;on</source>
        <translation>የተሰጠበት ቀን(&amp;O)</translation>
    </message>
    <message>
        <source>Withdrawn on %1 (given on %2)</source>
        <translation>በ%1 ተነስቷል (በ%2 ተሰጥቷል)</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>በ%1 ተሰጥቷል</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (ገና አልተቀመጠም)</translation>
    </message>
    <message>
        <source>&amp;Keep the consent</source>
        <translation>ፈቃዱን ያዝ(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 to 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case has had assistance recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (intake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every case, closed ones too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation type="unfinished">አልተመረመረም</translation>
    </message>
    <message>
        <source>Cases by site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cases per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By registration date, the last 12 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from registration to first assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every referral, closed cases&apos; too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases per worker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>FieldCase — dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">በመጫን ላይ…</translation>
    </message>
    <message>
        <source>Counted on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">ያልተቀመጡ ለውጦች</translation>
    </message>
    <message>
        <source>Put back what you typed and did not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete what you typed and did not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftWords</name>
    <message>
        <source>just now</source>
        <translation type="unfinished">አሁን</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>FieldCase — follow-ups due</source>
        <translation>FieldCase — ጊዜያቸው የደረሰ ክትትሎች</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>What is due</source>
        <translation>ጊዜው የደረሰው</translation>
    </message>
    <message>
        <source>When</source>
        <translation>መቼ</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>ቀጠሮ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ጉዳይ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ሰው</translation>
    </message>
    <message>
        <source>For</source>
        <translation>ለ</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>ጊዜያቸው የደረሰ ክትትሎች</translation>
    </message>
    <message>
        <source>A person&apos;s name shows on the selected row only. Enter opens the case.</source>
        <translation>የሰው ስም በተመረጠው መስመር ላይ ብቻ ይታያል። Enter ጉዳዩን ይከፍታል።</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>በመጫን ላይ…</translation>
    </message>
    <message>
        <source>Nothing is due in the next %1 days, and nothing is overdue. Follow-ups are the tasks of a case&apos;s plan.</source>
        <translation>በሚቀጥሉት %1 ቀናት ውስጥ ጊዜው የሚደርስ የለም፣ ጊዜው ያለፈም የለም። ክትትሎች የጉዳይ እቅድ ተግባራት ናቸው።</translation>
    </message>
</context>
<context>
    <name>DueWords</name>
    <message numerus="yes">
        <source>Overdue (%Ln)</source>
        <translation>
            <numerusform>ጊዜያቸው ያለፈ (%Ln)</numerusform>
            <numerusform>ጊዜያቸው ያለፈ (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due today (%Ln)</source>
        <translation>
            <numerusform>ዛሬ የሚደርሱ (%Ln)</numerusform>
            <numerusform>ዛሬ የሚደርሱ (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in the next %1 days (%Ln)</source>
        <translation>
            <numerusform>በሚቀጥሉት %1 ቀናት (%Ln)</numerusform>
            <numerusform>በሚቀጥሉት %1 ቀናት (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>በ%Ln ቀን ዘግይቷል</numerusform>
            <numerusform>በ%Ln ቀናት ዘግይቷል</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ዛሬ</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>ነገ</translation>
    </message>
    <message numerus="yes">
        <source>In %Ln day(s)</source>
        <translation>
            <numerusform>በ%Ln ቀን ውስጥ</numerusform>
            <numerusform>በ%Ln ቀናት ውስጥ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln ጊዜያቸው ያለፈ</numerusform>
            <numerusform>%Ln ጊዜያቸው ያለፈ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln ዛሬ</numerusform>
            <numerusform>%Ln ዛሬ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the next %1 days</source>
        <translation>
            <numerusform>%Ln በሚቀጥሉት %1 ቀናት</numerusform>
            <numerusform>%Ln በሚቀጥሉት %1 ቀናት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The follow-ups of %Ln more case(s) are due but not listed: the earliest come first.</source>
        <translation>
            <numerusform>የ%Ln ተጨማሪ ጉዳይ ክትትሎች ጊዜያቸው ደርሷል ግን አልተዘረዘሩም፦ የመጀመሪያዎቹ ቀድመው ይመጣሉ።</numerusform>
            <numerusform>የ%Ln ተጨማሪ ጉዳዮች ክትትሎች ጊዜያቸው ደርሷል ግን አልተዘረዘሩም፦ የመጀመሪያዎቹ ቀድመው ይመጣሉ።</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>EmergencyDesk</name>
    <message>
        <source>FieldCase — quick wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase everything on this laptop now? Cases, attachments and keys are destroyed at once; what was not synced is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ሰርዝ</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>FieldCase — enrol this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this laptop with your organisation&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ሰርዝ</translation>
    </message>
    <message>
        <source>Your administrator gives you three things: the server&apos;s address, a one-time code, and the server key&apos;s fingerprint. Keep the fingerprint at hand: you will compare it in the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://cases.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXXX-XXXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your administrator gave you: every letter and digit must be the same. If they differ, someone may be answering in the server&apos;s place: choose &quot;They do not match&quot; and tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They do &amp;not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was kept. Tell your administrator that the fingerprint did not match; they should revoke the enrolment that code made and give you a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 showed this key fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is enrolled. Its first sync starts now; after that it syncs on its own whenever there is a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They &amp;match: enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>FieldCase — erase a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">ምክንያት(&amp;R)</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ሰርዝ</translation>
    </message>
    <message>
        <source>Everything about this person in case %1 is erased from this laptop now, and from the server and every other laptop at their next sync: details, notes, attachments, history. It cannot be undone. The audit log keeps the case number and your reason. Type your passphrase again to confirm it is you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceWords</name>
    <message>
        <source>Same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name in another script (%1 ~ %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names sound alike (%1 ~ %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names somewhat alike (%1 ~ %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same date of birth, but 1 January (often written when only the year is known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same date of birth with day and month swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born in the same year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born a year apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different dates of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated ages fit each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated ages far apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age estimate %1 fits the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age estimate %1 does not fit the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document numbers the same except for O/0 or I/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same nationality (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different nationality (%1 / %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different sex recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished">ሌሎች ስሞች</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">ፆታ</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born on</source>
        <translation type="unfinished">የተወለደበት</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">ዕድሜ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">ዜግነት</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">ቋንቋዎች</translation>
    </message>
    <message>
        <source>Functioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">ግንኙነት</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished">አስተርጓሚ ያስፈልጋል</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation type="unfinished">የቃለ መጠይቅ ቋንቋ</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">የጉዳይ ቁጥር</translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished">ጣቢያ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished">ደረጃ</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished">ፍላጎቶች</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished">የተሰጠው</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ሁኔታ</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished">የተከፈተበት</translation>
    </message>
    <message>
        <source>Transfer to another site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage of migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished">መጠይቅ</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level and reasons</source>
        <translation type="unfinished">መጠን እና ምክንያቶች</translation>
    </message>
    <message>
        <source>Kind of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished">አገልግሎት</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to this referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service consented to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished">ሚስጥራዊ</translation>
    </message>
    <message>
        <source>Note written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note written on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message>
        <source>Please correct the fields marked above.</source>
        <translation>እባክዎ ከላይ ምልክት የተደረገባቸውን መስኮች ያስተካክሉ።</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>በጣም ብዙ ያልተሳኩ ሙከራዎች። ከ%Ln ሰከንድ በኋላ እንደገና ይሞክሩ።</numerusform>
            <numerusform>በጣም ብዙ ያልተሳኩ ሙከራዎች። ከ%Ln ሰከንድ በኋላ እንደገና ይሞክሩ።</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>የተጠቃሚ ስምዎን ያስገቡ።</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>የይለፍ ቃልዎን ያስገቡ።</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>በጣም ብዙ የተሳሳቱ የይለፍ ቃሎች። ከ%Ln ሰከንድ በኋላ እንደገና ይሞክሩ።</numerusform>
            <numerusform>በጣም ብዙ የተሳሳቱ የይለፍ ቃሎች። ከ%Ln ሰከንድ በኋላ እንደገና ይሞክሩ።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderWords</name>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln ክትትል</numerusform>
            <numerusform>%Ln ክትትሎች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the oldest by %Ln day(s)</source>
        <translation>
            <numerusform>በጣም የቆየው በ%Ln ቀን</numerusform>
            <numerusform>በጣም የቆየው በ%Ln ቀናት</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>When</source>
        <translation type="unfinished">መቼ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done to this case on this laptop. Other laptops keep their own history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 events are listed; older ones are in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Registered the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed a transfer to another site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted the transfer to this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated the case to a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the case from this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed a case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a refused change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped a refused change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported everything held about the person (subject access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote an anonymised report (HTCDS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote an anonymised report (HXL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a dashboard chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked FieldCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a user to this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a user from this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up FieldCase on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added demonstration cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another action (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln record(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln case(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln conflict(s) to settle</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdSection</name>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished">ቤተሰብ</translation>
    </message>
    <message>
        <source>No household members or companions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FC-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own &amp;case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(name not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a linked case you cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Guardian: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardian recorded: link the guardian below, or say why there is none in a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to case %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneySection</name>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished">ጉዞ</translation>
    </message>
    <message>
        <source>No journey recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct the selected leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;new leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>(place not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 እስከ %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct this leg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaseWords</name>
    <message numerus="yes">
        <source>Sync within %Ln day(s): after that this laptop will ask you to sign in to the server before anything else.</source>
        <translation>
            <numerusform>በ%Ln ቀን ውስጥ ያመሳስሉ፦ ከዚያ በኋላ ይህ ኮምፒውተር ከሁሉም በፊት ወደ ሰርቨሩ እንዲገቡ ይጠይቃል።</numerusform>
            <numerusform>በ%Ln ቀናት ውስጥ ያመሳስሉ፦ ከዚያ በኋላ ይህ ኮምፒውተር ከሁሉም በፊት ወደ ሰርቨሩ እንዲገቡ ይጠይቃል።</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is behind a time it has already seen; connect and sign in to the server before working on cases (it will say how far off the clock is).</source>
        <translation>የዚህ ኮምፒውተር ሰዓት ቀደም ሲል ካየው ጊዜ ወደ ኋላ ነው፤ በጉዳዮች ላይ ከመስራትዎ በፊት ይገናኙ እና ወደ ሰርቨሩ ይግቡ (ሰዓቱ ምን ያህል እንደተሳሳተ ይነግርዎታል)።</translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s); connect and sign in to the server before working on cases.</source>
        <translation>
            <numerusform>ይህ ኮምፒውተር ለ%Ln ቀን አልተገናኘም፤ በጉዳዮች ላይ ከመስራትዎ በፊት ይገናኙ እና ወደ ሰርቨሩ ይግቡ።</numerusform>
            <numerusform>ይህ ኮምፒውተር ለ%Ln ቀናት አልተገናኘም፤ በጉዳዮች ላይ ከመስራትዎ በፊት ይገናኙ እና ወደ ሰርቨሩ ይግቡ።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterWords</name>
    <message>
        <source>about %1 years</source>
        <translation type="unfinished">ወደ %1 ዓመት</translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished">አይታወቅም</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ስም</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">ፆታ</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">ዜግነት</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">ቋንቋዎች</translation>
    </message>
    <message>
        <source>Given on %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to this referral is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number to quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ሁኔታ</translation>
    </message>
    <message>
        <source>Consent to this referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, site %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: for the receiving service only. Do not copy or pass on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished">ሪፈራል</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FieldCase — %1 — demo</source>
        <translation>FieldCase — %1 — ማሳያ</translation>
    </message>
    <message>
        <source>FieldCase — %1</source>
        <translation>FieldCase — %1</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>ግባ…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ቀልብስ</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>ዋና</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3)</source>
        <translation>እንደ %1 ገብተዋል (%2፣ %3)</translation>
    </message>
    <message>
        <source>Close FieldCase</source>
        <translation>FieldCaseን ዝጋ</translation>
    </message>
    <message>
        <source>Your unsaved changes could not be kept as a draft: %1 Close anyway and lose them?</source>
        <translation>ያልተቀመጡ ለውጦችዎ እንደ ረቂቅ ሊቀመጡ አልቻሉም፦ %1 ቢሆንም ዘግተው ይጥፉ?</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>ዝጋ እና አጥፋቸው</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>ቆይ</translation>
    </message>
    <message>
        <source>About FieldCase</source>
        <translation>ስለ FieldCase</translation>
    </message>
    <message>
        <source>FieldCase %1: offline case management for frontline workers protecting people on the move. Free software under the GNU LGPL, version 3 or later.</source>
        <translation>FieldCase %1፦ በጉዞ ላይ ያሉ ሰዎችን ለሚጠብቁ የግንባር ሰራተኞች ያለ ኢንተርኔት የሚሰራ የጉዳይ አስተዳደር። ነፃ ሶፍትዌር በGNU LGPL፣ ስሪት 3 ወይም ከዚያ በኋላ።</translation>
    </message>
    <message>
        <source>Sign in to see cases</source>
        <translation>ጉዳዮችን ለማየት ይግቡ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>በመጫን ላይ…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln ተገኝቷል</numerusform>
            <numerusform>%Ln ተገኝቷል</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) · %1 overdue</source>
        <translation>
            <numerusform>%Ln ጉዳይ · %1 ጊዜው ያለፈ</numerusform>
            <numerusform>%Ln ጉዳዮች · %1 ጊዜያቸው ያለፈ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <source>%1 (also %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ስም</translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">ዜግነት</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">ፆታ</translation>
    </message>
    <message>
        <source>This registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it may be the same person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person: open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different person: continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible match %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <source>Already registered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s name: people already registered on this laptop who may be them are shown here before you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for people already registered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible match(es). Compare, then say for each whether it is the same person.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in cases you cannot open: ask your supervisor.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every possible match is marked as a different person: you can register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one already registered on this laptop looks like this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as a different person: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchWords</name>
    <message numerus="yes">
        <source>about %Ln year(s) old</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished">አይታወቅም</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>FieldCase is locked. Unlock it to continue.</source>
        <translation>FieldCase ተቆልፏል። ለመቀጠል ይክፈቱት።</translation>
    </message>
    <message>
        <source>That case is not on this device. It may have been erased, or not synced yet.</source>
        <translation>ያ ጉዳይ በዚህ መሳሪያ ላይ የለም። ጠፍቶ ወይም ገና ያልተመሳሰለ ሊሆን ይችላል።</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>ዲስኩ ሞልቷል፣ ስለዚህ ምንም አልተቀመጠም። ቦታ ያስለቅቁ እና እንደገና ይሞክሩ።</translation>
    </message>
    <message>
        <source>The case store is damaged. Do not delete anything; contact your administrator.</source>
        <translation>የጉዳዮች ማከማቻ ተበላሽቷል። ምንም አያጥፉ፤ አስተዳዳሪዎን ያነጋግሩ።</translation>
    </message>
    <message>
        <source>The case store can only be read here, so nothing was saved. Contact your administrator.</source>
        <translation>የጉዳዮች ማከማቻ እዚህ ሊነበብ ብቻ ይችላል፣ ስለዚህ ምንም አልተቀመጠም። አስተዳዳሪዎን ያነጋግሩ።</translation>
    </message>
    <message>
        <source>The case store could not be upgraded. Contact your administrator.</source>
        <translation>የጉዳዮች ማከማቻ ሊሻሻል አልቻለም። አስተዳዳሪዎን ያነጋግሩ።</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>የተሳሳተ የተጠቃሚ ስም ወይም የይለፍ ቃል።</translation>
    </message>
    <message>
        <source>That is not your server passphrase. Check it and try again (it is the one your administrator set on the server, not this laptop&apos;s).</source>
        <translation>ያ የሰርቨር የይለፍ ቃልዎ አይደለም። ያረጋግጡ እና እንደገና ይሞክሩ (አስተዳዳሪዎ በሰርቨሩ ላይ ያዘጋጀው ነው፣ የዚህ ኮምፒውተር አይደለም)።</translation>
    </message>
    <message>
        <source>No connection. Your changes are kept on this laptop; sync again later.</source>
        <translation>ግንኙነት የለም። ለውጦችዎ በዚህ ኮምፒውተር ላይ ተቀምጠዋል፤ በኋላ እንደገና ያመሳስሉ።</translation>
    </message>
    <message>
        <source>The server did not accept this laptop&apos;s sign-in. Your changes are kept on this laptop; ask your administrator to enrol it again.</source>
        <translation>ሰርቨሩ የዚህን ኮምፒውተር መግቢያ አልተቀበለም። ለውጦችዎ በዚህ ኮምፒውተር ላይ ተቀምጠዋል፤ አስተዳዳሪዎ እንደገና እንዲያስመዘግበው ይጠይቁ።</translation>
    </message>
    <message>
        <source>The server had a problem. Your changes are kept on this laptop; sync again later.</source>
        <translation>ሰርቨሩ ችግር አጋጥሞታል። ለውጦችዎ በዚህ ኮምፒውተር ላይ ተቀምጠዋል፤ በኋላ እንደገና ያመሳስሉ።</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. Your changes are kept on this laptop; tell your administrator if this keeps happening.</source>
        <translation>የሰርቨሩ መልስ ሊገባ አልቻለም። ለውጦችዎ በዚህ ኮምፒውተር ላይ ተቀምጠዋል፤ ይህ ከቀጠለ ለአስተዳዳሪዎ ይንገሩ።</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing was lost.</source>
        <translation>ማመሳሰል ተሰርዟል። ምንም አልጠፋም።</translation>
    </message>
    <message>
        <source>This laptop&apos;s cases are older than what it already sent to the server: changes made here before are missing on this laptop (the server still has them). Nothing was sent. Stop working on this laptop&apos;s cases and tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation revoked this laptop, so it has erased its cases. Set it up again only if your administrator asks you to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says this laptop is revoked, but the erase instruction did not check out, so nothing was erased. Tell your administrator now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln ቀን</numerusform>
            <numerusform>%Ln ቀናት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln ሰዓት</numerusform>
            <numerusform>%Ln ሰዓታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln ደቂቃ</numerusform>
            <numerusform>%Ln ደቂቃዎች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln ሰከንድ</numerusform>
            <numerusform>%Ln ሰከንዶች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many enrolment attempts from this network. Wait %Ln minute(s), then try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to correct. The first: %1</source>
        <translation>
            <numerusform>የሚስተካከል %Ln ችግር። የመጀመሪያው፦ %1</numerusform>
            <numerusform>የሚስተካከሉ %Ln ችግሮች። የመጀመሪያው፦ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock refused. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>መክፈት ተከልክሏል። ከ%Ln ሰከንድ በኋላ እንደገና ይሞክሩ።</numerusform>
            <numerusform>መክፈት ተከልክሏል። ከ%Ln ሰከንዶች በኋላ እንደገና ይሞክሩ።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong server passphrases on this laptop. Wait %Ln minute(s), then try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s). Connect and sign in to the server before working on cases.</source>
        <translation>
            <numerusform>ይህ ኮምፒውተር ለ%Ln ቀን አልተገናኘም። በጉዳዮች ላይ ከመስራትዎ በፊት ይገናኙ እና ወደ ሰርቨሩ ይግቡ።</numerusform>
            <numerusform>ይህ ኮምፒውተር ለ%Ln ቀናት አልተገናኘም። በጉዳዮች ላይ ከመስራትዎ በፊት ይገናኙ እና ወደ ሰርቨሩ ይግቡ።</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two units of a length of time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock does not agree with the server&apos;s. Set the date and time, then sync again. Your changes are kept on this laptop.</source>
        <translation>የዚህ ኮምፒውተር ሰዓት ከሰርቨሩ ጋር አይስማማም። ቀን እና ሰዓቱን ያስተካክሉ፣ ከዚያ እንደገና ያመሳስሉ። ለውጦችዎ በዚህ ኮምፒውተር ላይ ተቀምጠዋል።</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is %1 ahead of the server&apos;s. Set the date and time, then sync again. Your changes are kept on this laptop.</source>
        <translation>የዚህ ኮምፒውተር ሰዓት ከሰርቨሩ በ%1 ይቀድማል። ቀን እና ሰዓቱን ያስተካክሉ፣ ከዚያ እንደገና ያመሳስሉ። ለውጦችዎ በዚህ ኮምፒውተር ላይ ተቀምጠዋል።</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is %1 behind the server&apos;s. Set the date and time, then sync again. Your changes are kept on this laptop.</source>
        <translation>የዚህ ኮምፒውተር ሰዓት ከሰርቨሩ በ%1 ወደ ኋላ ነው። ቀን እና ሰዓቱን ያስተካክሉ፣ ከዚያ እንደገና ያመሳስሉ። ለውጦችዎ በዚህ ኮምፒውተር ላይ ተቀምጠዋል።</translation>
    </message>
    <message>
        <source>The server&apos;s key is not the one your administrator gave you, so nothing was kept. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another laptop already numbers its cases the way this one does, so nothing was kept. Tell your administrator; this laptop&apos;s cases are safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer did not check out, so nothing was kept. Check the address; if it happens again, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is behind a time it has already seen. Connect and sign in to the server before working on cases.</source>
        <translation>የዚህ ኮምፒውተር ሰዓት ቀደም ሲል ካየው ጊዜ ወደ ኋላ ነው። በጉዳዮች ላይ ከመስራትዎ በፊት ይገናኙ እና ወደ ሰርቨሩ ይግቡ።</translation>
    </message>
    <message>
        <source>The server needs you to sign in again before this laptop syncs.</source>
        <translation>ይህ ኮምፒውተር ከመመሳሰሉ በፊት ሰርቨሩ እንደገና እንዲገቡ ይፈልጋል።</translation>
    </message>
    <message>
        <source>Another device&apos;s clock is %1 ahead of this one. Check this laptop&apos;s date, time and time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>አልተከናወነም፦ %1</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Try again; if it keeps happening, tell your administrator.</source>
        <translation>የሆነ ነገር ተሳስቷል (%1)። እንደገና ይሞክሩ፤ ከቀጠለ ለአስተዳዳሪዎ ይንገሩ።</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>አዲስ የይለፍ ቃል(&amp;N)</translation>
    </message>
    <message>
        <source>New passphrase a&amp;gain</source>
        <translation>አዲስ የይለፍ ቃል እንደገና(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation>የይለፍ ቃል ጠቁም(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;how the new passphrase</source>
        <translation>አዲሱን የይለፍ ቃል አሳይ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Notes</source>
        <translation>ማስታወሻዎች</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>አዲስ ማስታወሻ</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>ማስታወሻ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Confidential: only the assigned worker and the team&apos;s supervisors see it</source>
        <translation>ሚስጥራዊ(&amp;C)፦ የተሰጠው ሰራተኛ እና የቡድኑ ተቆጣጣሪዎች ብቻ ያዩታል</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>ሚስጥራዊ</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>ዝጋ</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Yes</source>
        <translation>አዎ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>አይ</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>ሌሎች ስሞች</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ፆታ</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>የተወለደበት</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>ዕድሜ</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>ወደ %1 ዓመት</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>ዜግነት</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ቋንቋዎች</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>አስተርጓሚ ያስፈልጋል</translation>
    </message>
    <message>
        <source>Yes, in %1</source>
        <translation>አዎ፣ በ%1</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>የቃለ መጠይቅ ቋንቋ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ስልክ</translation>
    </message>
    <message>
        <source>Other ways to reach</source>
        <translation>ሌሎች የመገናኛ መንገዶች</translation>
    </message>
    <message>
        <source>Safe to contact</source>
        <translation>መገናኘት ደህንነቱ የተጠበቀ ነው</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>የማንነት ሰነዶች</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ሰው</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>አደጋ</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>አልተመረመረም</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>ፍላጎቶች</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>ጣቢያ</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>የተሰጠው</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>ማንም</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>የተከፈተበት</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ጉዳይ</translation>
    </message>
    <message>
        <source>To %1, proposed by %2; it moves when a supervisor there accepts.</source>
        <translation>ወደ %1፣ በ%2 የቀረበ፤ እዚያ ያለ ተቆጣጣሪ ሲቀበለው ይዛወራል።</translation>
    </message>
    <message>
        <source>Transfer waiting</source>
        <translation>ዝውውር በመጠባበቅ ላይ</translation>
    </message>
    <message>
        <source>Transfer declined</source>
        <translation>ዝውውር ውድቅ ተደርጓል</translation>
    </message>
    <message>
        <source>To %1, by %2: %3</source>
        <translation>ወደ %1፣ በ%2፦ %3</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>ወደ ላይ ተላልፏል</translation>
    </message>
    <message>
        <source>By %1: %2</source>
        <translation>በ%1፦ %2</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>ክትትሎች</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1፦ %2</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>ተሰጥቷል</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>ተነስቷል</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>ፈቃዶች</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>አልተገመገመም</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (በ%2)</translation>
    </message>
    <message>
        <source>%1 — a supervisor should review it</source>
        <translation>%1 — ተቆጣጣሪ ሊገመግመው ይገባል</translation>
    </message>
    <message>
        <source>Latest screening</source>
        <translation>የመጨረሻ ምርመራ</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 እስከ %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>አሁን</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>ጉዞ</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ሪፈራሎች</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>ሚስጥራዊ</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>የመጨረሻ ማስታወሻ</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Overview</source>
        <translation>አጠቃላይ እይታ</translation>
    </message>
</context>
<context>
    <name>PageWords</name>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>በ%1 በ%2 ታትሟል</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>ሚስጥራዊ</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · ገጽ %2 ከ%3</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %Ln problem(s) to fix.</source>
        <translation>
            <numerusform>አልተቀመጠም፦ የሚስተካከል %Ln ችግር።</numerusform>
            <numerusform>አልተቀመጠም፦ የሚስተካከሉ %Ln ችግሮች።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonSection</name>
    <message>
        <source>One name a line, in any script</source>
        <translation>በአንድ መስመር አንድ ስም፣ በማንኛውም ፊደል</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>አይታወቅም</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>ጨምር</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>አስወግድ</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>አልተመረጠም</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>ቋንቋ ጨምር</translation>
    </message>
    <message>
        <source>Type a language to add</source>
        <translation>የሚጨመር ቋንቋ ይጻፉ</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>የሚናገራቸው ቋንቋዎች</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>ስሞች</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>ስም(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>የቤተሰብ ስም(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation>ሌሎች ስሞች(&amp;O)</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>ስለ ሰውየው</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>ፆታ(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Born on</source>
        <translation>የተወለደበት(&amp;B)</translation>
    </message>
    <message>
        <source>Age (&amp;estimate)</source>
        <translation>ዕድሜ (ግምት)(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>ዜግነት(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>ቋንቋዎች(&amp;L)</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>ቃለ መጠይቅ</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>አስተርጓሚ ያስፈልጋል(&amp;I)</translation>
    </message>
    <message>
        <source>Interview lan&amp;guage</source>
        <translation>የቃለ መጠይቅ ቋንቋ(&amp;G)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ግንኙነት</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ስልክ(&amp;P)</translation>
    </message>
    <message>
        <source>Other &amp;ways to reach</source>
        <translation>ሌሎች የመገናኛ መንገዶች(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Safe to contact</source>
        <translation>መገናኘት ደህንነቱ የተጠበቀ ነው(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Code word</source>
        <translation>የሚስጥር ቃል(&amp;C)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ሰው</translation>
    </message>
    <message>
        <source>Only the assigned worker and the team&apos;s supervisors see and set the code word.</source>
        <translation>የሚስጥር ቃሉን የተሰጠው ሰራተኛ እና የቡድኑ ተቆጣጣሪዎች ብቻ ያያሉ እና ያዘጋጃሉ።</translation>
    </message>
</context>
<context>
    <name>ProtectionsDialog</name>
    <message>
        <source>FieldCase — duress and quick wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duress passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set duress passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer Quick wipe in the File menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duress and quick wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ሰርዝ</translation>
    </message>
    <message>
        <source>Two ways to erase this laptop in an emergency. Whatever was not synced is lost; what was synced comes back after you set the laptop up again and sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation requires a duress passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation does not allow a duress passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You decide whether to have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have one. Typed at the unlock screen instead of your passphrase, it erases this laptop, and the screen answers as to a wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have none yet. Choose one you can type under pressure, different from your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation keeps quick wipe on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation does not allow quick wipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, File &gt; Quick wipe erases this laptop at once, after one confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Translation not yet reviewed — check with the English text</source>
        <translation>ትርጉሙ ገና አልተገመገመም — ከእንግሊዝኛው ጽሑፍ ጋር ያረጋግጡ</translation>
    </message>
    <message>
        <source>Show the English text</source>
        <translation>የእንግሊዝኛውን ጽሑፍ አሳይ</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>FieldCase — review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">ቀልብስ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>New high-risk and critical cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unaccompanied or separated children (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case plans to agree (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closures to approve (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue follow-ups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned intake (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the server refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to a supervisor (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers to accept (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to %1 waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed cases too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">ጉዳይ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">ሰው</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ሁኔታ</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished">አደጋ</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished">ሰራተኛ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished">ጣቢያ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">ቀን</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished">የግምገማ ወረፋ</translation>
    </message>
    <message>
        <source>A person&apos;s name shows on the selected row only. Enter opens the case; Shift+arrows select several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">በመጫን ላይ…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished">ማንኛውም ሰው</translation>
    </message>
    <message>
        <source>Nobody (intake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation type="unfinished">አልተመረመረም</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished">ማንም</translation>
    </message>
    <message>
        <source>Nothing waits for a supervisor in this queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <source>FieldCase — confirm it is you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ሰርዝ</translation>
    </message>
    <message>
        <source>Case data is about to leave this laptop. Type your passphrase again to confirm it is you; it is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Choose the recovery key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (*.pem *.key *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FieldCase — recover access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the key&apos;s text, or choose its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover access with the organisation&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ሰርዝ</translation>
    </message>
    <message>
        <source>Your organisation&apos;s data-protection officer keeps a recovery key for forgotten passphrases. With it, choose a new passphrase: your cases stay as they are. The key opens every laptop of the organisation, so it is never shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralPrintDialog</name>
    <message>
        <source>FieldCase — referral letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is everything the letter shows. Print it, or save it as a PDF where you choose; either is recorded in the case&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">አትም(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the referral letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished">ሪፈራል</translation>
    </message>
    <message>
        <source>The printer could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralSection</name>
    <message>
        <source>Date</source>
        <translation>ቀን</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>አገልግሎት</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>ምክንያት</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ሪፈራሎች</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>እስካሁን ሪፈራል የለም።</translation>
    </message>
    <message>
        <source>Selected referral</source>
        <translation>የተመረጠ ሪፈራል</translation>
    </message>
    <message>
        <source>Move &amp;to</source>
        <translation>ወደ አዛውር(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Print the referral letter…</source>
        <translation>የሪፈራል ደብዳቤውን አትም(&amp;P)…</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>አዲስ ሪፈራል</translation>
    </message>
    <message>
        <source>S&amp;ervice</source>
        <translation>አገልግሎት(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ምክንያት(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ሁኔታ(&amp;S)</translation>
    </message>
    <message>
        <source>Referred &amp;on</source>
        <translation>ሪፈር የተደረገበት ቀን(&amp;O)</translation>
    </message>
    <message>
        <source>✓ The person consented to a referral to this service on %1 (%2).</source>
        <translation>✓ ሰውየው ወደዚህ አገልግሎት ሪፈር ለመደረግ በ%1 ፈቅዷል (%2)።</translation>
    </message>
    <message>
        <source>No consent to a referral to this service is recorded: it can be proposed, and sent once the person consents (Consents).</source>
        <translation>ወደዚህ አገልግሎት ለሪፈራል የተመዘገበ ፈቃድ የለም፦ ሊቀርብ ይችላል፣ ሰውየው ሲፈቅድ ይላካል (ፈቃዶች)።</translation>
    </message>
    <message>
        <source>Choose a service…</source>
        <translation>አገልግሎት ይምረጡ…</translation>
    </message>
    <message>
        <source>Select a referral in the list.</source>
        <translation>በዝርዝሩ ውስጥ ሪፈራል ይምረጡ።</translation>
    </message>
    <message>
        <source>No change (%1)</source>
        <translation>ለውጥ የለም (%1)</translation>
    </message>
    <message>
        <source>Your organisation no longer offers this service for new referrals.</source>
        <translation>ድርጅትዎ ይህን አገልግሎት ለአዲስ ሪፈራሎች ከአሁን በኋላ አይሰጥም።</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <source>FieldCase — refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept these changes. This laptop shows those cases as the server has them again, and what was typed is kept here. Open the case to fix it, try the change again once it is allowed, or drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refused changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the wanted value again; it is sent at the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the wanted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop this change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was typed for this change is deleted from this laptop. The case stays as the server has it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished">ጉዳይ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1፦ %2</translation>
    </message>
    <message>
        <source>(remove it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 This laptop still shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not on this laptop)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>FieldCase — register a new person</source>
        <translation>FieldCase — አዲስ ሰው መዝግብ</translation>
    </message>
    <message>
        <source>Register a new person</source>
        <translation>አዲስ ሰው መዝግብ</translation>
    </message>
    <message>
        <source>The minimum first; more once the person consents. The case is registered at %1 and assigned to you.</source>
        <translation>መጀመሪያ ዝቅተኛውን፤ ሰውየው ሲፈቅድ ተጨማሪ። ጉዳዩ በ%1 ተመዝግቦ ለእርስዎ ይሰጣል።</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>መዝግብ(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>year-month-day, e.g. 1994-03-17</source>
        <translation>ዓመት-ወር-ቀን፣ ለምሳሌ 1994-03-17</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>አይታወቅም</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>ስም(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>የቤተሰብ ስም(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>ፆታ(&amp;S)</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>የትውልድ ቀን(&amp;B)</translation>
    </message>
    <message>
        <source>or &amp;age (estimate)</source>
        <translation>ወይም ዕድሜ (ግምት)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>ዜግነት(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;tage of migration</source>
        <translation>የፍልሰት ደረጃ(&amp;T)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>ጣቢያ</translation>
    </message>
    <message>
        <source>More about the person</source>
        <translation>ስለ ሰውየው ተጨማሪ</translation>
    </message>
    <message>
        <source>Needs the person&apos;s consent to registration.</source>
        <translation>የሰውየውን የምዝገባ ፈቃድ ይፈልጋል።</translation>
    </message>
    <message>
        <source>other spellings or scripts, separated by ;</source>
        <translation>ሌሎች አጻጻፎች ወይም ፊደላት፣ በ ; የተለዩ</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation>ሌሎች ስሞች(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ስልክ(&amp;P)</translation>
    </message>
    <message>
        <source>Identity &amp;document</source>
        <translation>የማንነት ሰነድ(&amp;D)</translation>
    </message>
    <message>
        <source>Document n&amp;umber</source>
        <translation>የሰነድ ቁጥር(&amp;U)</translation>
    </message>
    <message>
        <source>Issued b&amp;y</source>
        <translation>የሰጠው(&amp;Y)</translation>
    </message>
    <message>
        <source>Someone already registered may be this person. Compare and decide for each before registering.</source>
        <translation>ቀደም ሲል የተመዘገበ ሰው ይህ ሰው ሊሆን ይችላል። ከመመዝገብዎ በፊት እያንዳንዱን ያወዳድሩ እና ይወስኑ።</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Case</source>
        <translation type="unfinished">ጉዳይ</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FieldCase — retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing them here is not an erasure: the server keeps every one, and a case that changes there comes back to this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from this laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from this laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the cases marked to go off this laptop; the others stay until synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays until synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation keeps closed cases on this laptop: nothing is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No closed case is past that now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove these cases from this laptop?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message numerus="yes">
        <source>%Ln closed case(s) removed from this laptop.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organisation keeps closed cases on this laptop for %Ln month(s) after their closure.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) can be removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) kept until synced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed case(s) will be removed from this laptop. The server keeps each one; this cannot be undone here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>FieldCase — %1</source>
        <translation type="unfinished">FieldCase — %1</translation>
    </message>
    <message>
        <source>%1: %2. The worker reads your comment as a note on the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the worker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningSection</name>
    <message>
        <source>Date</source>
        <translation>ቀን</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>መጠይቅ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>መጠን</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>ምክንያቶች</translation>
    </message>
    <message>
        <source>Past screenings</source>
        <translation>ያለፉ ምርመራዎች</translation>
    </message>
    <message>
        <source>Not screened yet.</source>
        <translation>ገና አልተመረመረም።</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>መጠይቅ(&amp;Q)</translation>
    </message>
    <message>
        <source>New &amp;screening</source>
        <translation>አዲስ ምርመራ(&amp;S)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>ጥያቄዎች</translation>
    </message>
    <message>
        <source>Level and reasons</source>
        <translation>መጠን እና ምክንያቶች</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>ምርመራ</translation>
    </message>
    <message>
        <source>Child rule (ILO/EC): %1</source>
        <translation>የህጻናት ደንብ (ILO/EC)፦ %1</translation>
    </message>
    <message>
        <source>The age is not known, so the person is screened as a child until shown otherwise.</source>
        <translation>ዕድሜው አይታወቅም፣ ስለዚህ ሌላ እስኪረጋገጥ ድረስ ሰውየው እንደ ህጻን ይመረመራል።</translation>
    </message>
    <message>
        <source>This questionnaire version is not on this laptop.</source>
        <translation>ይህ የመጠይቅ ስሪት በዚህ ኮምፒውተር ላይ የለም።</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>መጠን፦ %1</translation>
    </message>
    <message>
        <source>A supervisor will review this case once it is saved.</source>
        <translation>ይህ ጉዳይ ሲቀመጥ ተቆጣጣሪ ይገመግመዋል።</translation>
    </message>
</context>
<context>
    <name>ScreeningWords</name>
    <message>
        <source>strong</source>
        <translation>ጠንካራ</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>መካከለኛ</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ደካማ</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1፦ %2።</translation>
    </message>
    <message>
        <source>No indicator answered yes.</source>
        <translation>ምንም አመልካች አዎ አልተመለሰም።</translation>
    </message>
    <message>
        <source>Rule met: %1</source>
        <translation>የተሟላ ደንብ፦ %1</translation>
    </message>
    <message>
        <source>%1: positive — %2</source>
        <translation>%1፦ አዎንታዊ — %2</translation>
    </message>
    <message>
        <source>%1: not positive — %2</source>
        <translation>%1፦ አዎንታዊ አይደለም — %2</translation>
    </message>
    <message>
        <source>No factor answered yes.</source>
        <translation>ምንም ምክንያት አዎ አልተመለሰም።</translation>
    </message>
    <message>
        <source>Vulnerability score %1: risk factors %2 minus protective factors %3 (medium from %4, high from %5, critical from %6).</source>
        <translation>የተጋላጭነት ነጥብ %1፦ የአደጋ ምክንያቶች %2 ሲቀነስ የጥበቃ ምክንያቶች %3 (መካከለኛ ከ%4፣ ከፍተኛ ከ%5፣ አስጊ ከ%6)።</translation>
    </message>
    <message>
        <source>“%1” makes the level at least %2.</source>
        <translation>“%1” መጠኑን ቢያንስ %2 ያደርገዋል።</translation>
    </message>
    <message>
        <source>%1 risk factors: %2</source>
        <translation>%1 የአደጋ ምክንያቶች፦ %2</translation>
    </message>
    <message>
        <source>“%1” (+%2)</source>
        <translation>“%1” (+%2)</translation>
    </message>
    <message>
        <source>Protective factors: %1</source>
        <translation>የጥበቃ ምክንያቶች፦ %1</translation>
    </message>
    <message>
        <source>“%1” (−%2)</source>
        <translation>“%1” (−%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; no answer to them could change the level.</source>
        <translation>
            <numerusform>%Ln ጥያቄ አልተመለሰም፤ የትኛውም መልስ መጠኑን ሊቀይር አይችልም።</numerusform>
            <numerusform>%Ln ጥያቄዎች አልተመለሱም፤ የትኛውም መልስ መጠኑን ሊቀይር አይችልም።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; answering them could raise the level to %1.</source>
        <translation>
            <numerusform>%Ln ጥያቄ አልተመለሰም፤ መመለሱ መጠኑን ወደ %1 ሊያሳድገው ይችላል።</numerusform>
            <numerusform>%Ln ጥያቄዎች አልተመለሱም፤ መመለሳቸው መጠኑን ወደ %1 ሊያሳድገው ይችላል።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; answering them could lower the level to %1.</source>
        <translation>
            <numerusform>%Ln ጥያቄ አልተመለሰም፤ መመለሱ መጠኑን ወደ %1 ሊቀንሰው ይችላል።</numerusform>
            <numerusform>%Ln ጥያቄዎች አልተመለሱም፤ መመለሳቸው መጠኑን ወደ %1 ሊቀንሰው ይችላል።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; depending on the answers the level could be anywhere from %1 to %2.</source>
        <translation>
            <numerusform>%Ln ጥያቄ አልተመለሰም፤ እንደ መልሱ መጠኑ ከ%1 እስከ %2 ሊሆን ይችላል።</numerusform>
            <numerusform>%Ln ጥያቄዎች አልተመለሱም፤ እንደ መልሶቹ መጠኑ ከ%1 እስከ %2 ሊሆን ይችላል።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search name, case number, phone or document</source>
        <translation>ስም፣ የጉዳይ ቁጥር፣ ስልክ ወይም ሰነድ ፈልግ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ፈልግ</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>የእኔ ጉዳዮች</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>ጣቢያ</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>ሁሉም ጉዳዮች</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>የግምገማ ወረፋ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>አሳይ</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>አሳይ፦</translation>
    </message>
</context>
<context>
    <name>ServiceWords</name>
    <message>
        <source>Open day and night, every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged %1 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged %1 or under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">ስልክ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">ቋንቋዎች</translation>
    </message>
    <message>
        <source>Who may come</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>FieldCase — set up this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">የይለፍ ቃል</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example LAMP-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: 64 characters from your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up FieldCase on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every case on this laptop is encrypted with a key that only your passphrase opens. Choose a long passphrase you can remember: a few random words work well. If it is forgotten, the cases cannot be opened, unless your organisation gave you its recovery key for this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>FieldCase — sign in</source>
        <translation>FieldCase — መግቢያ</translation>
    </message>
    <message>
        <source>Server passphrase</source>
        <translation>የሰርቨር የይለፍ ቃል</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>ወደ %1 ግባ</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ግባ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>በመግባት ላይ…</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Enter your server passphrase.</source>
        <translation>የሰርቨር የይለፍ ቃልዎን ያስገቡ።</translation>
    </message>
</context>
<context>
    <name>SignInWords</name>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s), so the server must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>
            <numerusform>ይህ ኮምፒውተር ለ%Ln ቀን አልተገናኘም፣ ስለዚህ ሰርቨሩ አሁንም እርስዎ መሆንዎን ማረጋገጥ አለበት። የሰርቨር የይለፍ ቃልዎን ያስገቡ፦ አስተዳዳሪዎ በሰርቨሩ ላይ ያዘጋጀልዎትን፣ ይህን ኮምፒውተር የሚከፍተውን አይደለም።</numerusform>
            <numerusform>ይህ ኮምፒውተር ለ%Ln ቀናት አልተገናኘም፣ ስለዚህ ሰርቨሩ አሁንም እርስዎ መሆንዎን ማረጋገጥ አለበት። የሰርቨር የይለፍ ቃልዎን ያስገቡ፦ አስተዳዳሪዎ በሰርቨሩ ላይ ያዘጋጀልዎትን፣ ይህን ኮምፒውተር የሚከፍተውን አይደለም።</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not signed in to the server on this laptop yet. Sign in once, so the changes you make here are sent as yours. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>በዚህ ኮምፒውተር ላይ እስካሁን ወደ ሰርቨሩ አልገቡም። እዚህ የሚያደርጓቸው ለውጦች እንደ እርስዎ እንዲላኩ አንድ ጊዜ ይግቡ። የሰርቨር የይለፍ ቃልዎን ያስገቡ፦ አስተዳዳሪዎ በሰርቨሩ ላይ ያዘጋጀልዎትን፣ ይህን ኮምፒውተር የሚከፍተውን አይደለም።</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is behind a time it has already seen, so the server must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>የዚህ ኮምፒውተር ሰዓት ቀደም ሲል ካየው ጊዜ ወደ ኋላ ነው፣ ስለዚህ ሰርቨሩ አሁንም እርስዎ መሆንዎን ማረጋገጥ አለበት። የሰርቨር የይለፍ ቃልዎን ያስገቡ፦ አስተዳዳሪዎ በሰርቨሩ ላይ ያዘጋጀልዎትን፣ ይህን ኮምፒውተር የሚከፍተውን አይደለም።</translation>
    </message>
    <message>
        <source>The server has ended this laptop&apos;s session, so it must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>ሰርቨሩ የዚህን ኮምፒውተር ክፍለ ጊዜ አብቅቷል፣ ስለዚህ አሁንም እርስዎ መሆንዎን ማረጋገጥ አለበት። የሰርቨር የይለፍ ቃልዎን ያስገቡ፦ አስተዳዳሪዎ በሰርቨሩ ላይ ያዘጋጀልዎትን፣ ይህን ኮምፒውተር የሚከፍተውን አይደለም።</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>No screening is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire version is not on this laptop.</source>
        <translation type="unfinished">ይህ የመጠይቅ ስሪት በዚህ ኮምፒውተር ላይ የለም።</translation>
    </message>
    <message>
        <source>%1: %2 (on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — a supervisor should review it</source>
        <translation type="unfinished">%1 — ተቆጣጣሪ ሊገመግመው ይገባል</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case plan is agreed; the steps are the open referrals and follow-ups below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case plan is agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">የጉዳይ ቁጥር</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ሁኔታ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished">ደረጃ</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation type="unfinished">አልተመረመረም</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished">ፍላጎቶች</translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished">ጣቢያ</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished">የተሰጠው</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished">ማንም</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished">የተከፈተበት</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: for the people working on this case only. Do not copy or pass on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk and screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation type="unfinished">የጉዳይ እቅድ</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation type="unfinished">ወደ %1 ዓመት</translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished">አይታወቅም</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ስም</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished">ሌሎች ስሞች</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">ፆታ</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">ዜግነት</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">ቋንቋዎች</translation>
    </message>
    <message>
        <source>Who the person is (included by the person who printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorDesk</name>
    <message>
        <source>a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is no longer on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a supervisor of the case&apos;s team may assign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone assigned it again since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case breaks a rule; open it and fix it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1፦ %2</translation>
    </message>
    <message>
        <source>Select or open a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for no approval: it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing to return: it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more cases first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer declined</source>
        <translation type="unfinished">ዝውውር ውድቅ ተደርጓል</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished">ወደ ላይ ተላልፏል</translation>
    </message>
    <message>
        <source>Escalation cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorWords</name>
    <message numerus="yes">
        <source>Closed cases are not counted (%Ln).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median %1 days, over %Ln case(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case(s) had no assistance yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) on this laptop in your scope.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them closed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) given back to whom they were assigned before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) returned to intake.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) assigned to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Assign %Ln case(s) to:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals with no answer after %Ln day(s) (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) wait for a supervisor.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation>ፋይሎች፦ %1 ከ%2 · %3 ከ%4</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>የማመሳሰል ሁኔታ</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>የማመሳሰል ሂደት</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Stop the sync; nothing is lost</source>
        <translation>ማመሳሰሉን አቁም፤ ምንም አይጠፋም</translation>
    </message>
    <message>
        <source>Attachment files</source>
        <translation>የተያያዙ ፋይሎች</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>በመሰረዝ ላይ…</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>never</source>
        <translation>በጭራሽ</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>አሁን</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>ከ%Ln ደቂቃ በፊት</numerusform>
            <numerusform>ከ%Ln ደቂቃ በፊት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>ከ%Ln ሰዓት በፊት</numerusform>
            <numerusform>ከ%Ln ሰዓት በፊት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>ከ%Ln ቀን በፊት</numerusform>
            <numerusform>ከ%Ln ቀናት በፊት</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: no connection</source>
        <translation>አልተመሳሰለም፦ ግንኙነት የለም</translation>
    </message>
    <message>
        <source>Not synced: this laptop&apos;s clock is wrong</source>
        <translation>አልተመሳሰለም፦ የዚህ ኮምፒውተር ሰዓት የተሳሳተ ነው</translation>
    </message>
    <message>
        <source>Not synced: sign-in refused</source>
        <translation>አልተመሳሰለም፦ መግባት ተከልክሏል</translation>
    </message>
    <message>
        <source>Not synced: server problem</source>
        <translation>አልተመሳሰለም፦ የሰርቨር ችግር</translation>
    </message>
    <message>
        <source>Not synced: cancelled</source>
        <translation>አልተመሳሰለም፦ ተሰርዟል</translation>
    </message>
    <message>
        <source>Not synced: device revoked</source>
        <translation>አልተመሳሰለም፦ መሳሪያው ተሰርዟል</translation>
    </message>
    <message>
        <source>Not synced: sign-in needed</source>
        <translation>አልተመሳሰለም፦ መግባት ያስፈልጋል</translation>
    </message>
    <message>
        <source>Not synced: failed</source>
        <translation>አልተመሳሰለም፦ አልተሳካም</translation>
    </message>
    <message>
        <source>Not enrolled with a server: cases stay on this laptop</source>
        <translation>ከሰርቨር ጋር አልተመዘገበም፦ ጉዳዮች በዚህ ኮምፒውተር ላይ ይቆያሉ</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>የመጨረሻ ማመሳሰል %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln የሚላክ ለውጥ</numerusform>
            <numerusform>%Ln የሚላኩ ለውጦች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) wait for %1 to sign in</source>
        <translation>
            <numerusform>%Ln ለውጥ %1 እስኪገባ ይጠብቃል</numerusform>
            <numerusform>%Ln ለውጦች %1 እስኪገባ ይጠብቃሉ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln የሚጋጭ ለውጥ</numerusform>
            <numerusform>%Ln የሚጋጩ ለውጦች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused by the server</source>
        <translation>
            <numerusform>%Ln በሰርቨሩ ውድቅ ተደርጓል</numerusform>
            <numerusform>%Ln በሰርቨሩ ውድቅ ተደርጓል</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>በማመሳሰል ላይ…</translation>
    </message>
    <message>
        <source>Sending changes (%1 of %2)…</source>
        <translation>ለውጦችን በመላክ ላይ (%1 ከ%2)…</translation>
    </message>
    <message>
        <source>Sending changes (%1)…</source>
        <translation>ለውጦችን በመላክ ላይ (%1)…</translation>
    </message>
    <message>
        <source>Receiving changes (%1)…</source>
        <translation>ለውጦችን በመቀበል ላይ (%1)…</translation>
    </message>
    <message>
        <source>Connection trouble; trying again (attempt %1)…</source>
        <translation>የግንኙነት ችግር፤ እንደገና በመሞከር ላይ (ሙከራ %1)…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>በማጠናቀቅ ላይ…</translation>
    </message>
</context>
<context>
    <name>TaskWords</name>
    <message>
        <source>Done on %1</source>
        <translation>በ%1 ተጠናቋል</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ክፍት</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>በ%Ln ቀን ዘግይቷል</numerusform>
            <numerusform>በ%Ln ቀናት ዘግይቷል</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %Ln day(s)</source>
        <translation>
            <numerusform>በ%Ln ቀን ውስጥ</numerusform>
            <numerusform>በ%Ln ቀናት ውስጥ</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>ዛሬ የሚደርስ</translation>
    </message>
</context>
<context>
    <name>TasksSection</name>
    <message>
        <source>Due</source>
        <translation>ቀጠሮ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>ተግባር</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>የተሰጠው</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>ተግባራት</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>እንደተጠናቀቀ ምልክት አድርግ(&amp;M)</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>እንደተጠናቀቀ ምልክት አድርግ</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>አዲስ ተግባር</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ርዕስ(&amp;T)</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>ቀጠሮ(&amp;U)</translation>
    </message>
    <message>
        <source>Assi&amp;gned to</source>
        <translation>የተሰጠው(&amp;G)</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (ገና አልተቀመጠም)</translation>
    </message>
    <message>
        <source>&amp;Not done after all</source>
        <translation>አልተጠናቀቀም(&amp;N)</translation>
    </message>
</context>
<context>
    <name>TransferDialogs</name>
    <message>
        <source>FieldCase — %1</source>
        <translation type="unfinished">FieldCase — %1</translation>
    </message>
    <message>
        <source>%1 stays at its site, with your team, until a supervisor at the other site accepts the transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer to another site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why? (the receiving supervisor reads this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PORT-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays where it is, with the team that sent it. They read your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decline the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why do you decline it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes to the supervisors&apos; review queue, under &quot;Escalated to a supervisor&quot;, until a supervisor clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What needs a supervisor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <source>FieldCase — prepare for travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase cases for travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ሰርዝ</translation>
    </message>
    <message>
        <source>Before a border crossing, this laptop can keep no case at all. Once everything is synced, every case, search entry and attachment is erased with new keys, so what was here cannot be read again. Your passphrase still opens FieldCase; after the crossing, unlock and sync to download the cases again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what is synced…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a server, so its cases could not be downloaded again after the crossing. Nothing can be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Everything is synced. %Ln case(s) on this laptop will be erased. FieldCase locks when it is done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation type="unfinished">
            <numerusform>%Ln የሚላክ ለውጥ</numerusform>
            <numerusform>%Ln የሚላኩ ለውጦች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s) to resolve</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change(s) held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s) not uploaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit event(s) not sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything is synced yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync, and deal with what waits, then prepare again. Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>FieldCase — unlock</source>
        <translation>FieldCase — ክፈት</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>የተጠቃሚ ስም</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>የይለፍ ቃል</translation>
    </message>
    <message>
        <source>&amp;Forgot your passphrase?</source>
        <translation>የይለፍ ቃልዎን ረስተዋል?(&amp;F)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>Unlock FieldCase</source>
        <translation>FieldCaseን ክፈት</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ክፈት</translation>
    </message>
    <message>
        <source>The cases on this laptop are encrypted. Enter your user name and passphrase to open them.</source>
        <translation>በዚህ ኮምፒውተር ላይ ያሉ ጉዳዮች ተመስጥረዋል። ለመክፈት የተጠቃሚ ስምዎን እና የይለፍ ቃልዎን ያስገቡ።</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>በመክፈት ላይ…</translation>
    </message>
</context>
<context>
    <name>WorkflowSection</name>
    <message>
        <source>What you can do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">ምክንያት(&amp;R)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing you can do to move this case on now; a supervisor may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is needed for: %1. It is kept as a note on the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason you give is kept as a note on the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>codes/assistance</name>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hygiene items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>codes/attachment_kind</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>codes/consent_form</name>
    <message>
        <source>Spoken</source>
        <translation>በቃል</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>በጽሑፍ</translation>
    </message>
</context>
<context>
    <name>codes/consent_giver</name>
    <message>
        <source>The person</source>
        <translation>ሰውየው</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>አሳዳጊ</translation>
    </message>
</context>
<context>
    <name>codes/consent_purpose</name>
    <message>
        <source>Registration</source>
        <translation>ምዝገባ</translation>
    </message>
    <message>
        <source>Referral to services</source>
        <translation>ወደ አገልግሎቶች ሪፈራል</translation>
    </message>
    <message>
        <source>Anonymous statistics</source>
        <translation>ስም-አልባ ስታቲስቲክስ</translation>
    </message>
    <message>
        <source>Follow-up contact</source>
        <translation>የክትትል ግንኙነት</translation>
    </message>
</context>
<context>
    <name>codes/document_holder</name>
    <message>
        <source>The person</source>
        <translation type="unfinished">ሰውየው</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smuggler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished">አይታወቅም</translation>
    </message>
</context>
<context>
    <name>codes/document_type</name>
    <message>
        <source>Passport</source>
        <translation>ፓስፖርት</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>ብሔራዊ መታወቂያ</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>የልደት የምስክር ወረቀት</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>የመኖሪያ ፈቃድ</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>የጉዞ ሰነድ</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>ሌላ ሰነድ</translation>
    </message>
</context>
<context>
    <name>codes/flag</name>
    <message>
        <source>Unaccompanied child</source>
        <translation>ያለ አሳዳጊ ያለ ህጻን</translation>
    </message>
    <message>
        <source>Separated child</source>
        <translation>ከቤተሰቡ የተለየ ህጻን</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>ነፍሰ ጡር</translation>
    </message>
    <message>
        <source>Serious medical condition</source>
        <translation>ከባድ የጤና ችግር</translation>
    </message>
    <message>
        <source>Survivor of violence</source>
        <translation>ከጥቃት የተረፈ</translation>
    </message>
    <message>
        <source>At risk of detention</source>
        <translation>የመታሰር አደጋ</translation>
    </message>
    <message>
        <source>Needs supervisor review</source>
        <translation>የተቆጣጣሪ ግምገማ ያስፈልገዋል</translation>
    </message>
    <message>
        <source>Trafficking indicators</source>
        <translation>የሰዎች ዝውውር አመልካቾች</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>አካል ጉዳት</translation>
    </message>
    <message>
        <source>Older person</source>
        <translation>አረጋዊ</translation>
    </message>
    <message>
        <source>Single caregiver</source>
        <translation>ብቸኛ አሳዳጊ</translation>
    </message>
    <message>
        <source>Missing family member</source>
        <translation>የጠፋ የቤተሰብ አባል</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>ሀገር-አልባ</translation>
    </message>
    <message>
        <source>Threatened by exploiters</source>
        <translation>በበዝባዦች የተዛተበት</translation>
    </message>
</context>
<context>
    <name>codes/incident</name>
    <message>
        <source>Violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extortion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kidnapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>codes/language</name>
    <message>
        <source>Mesopotamian Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hijazi Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gulf Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assyrian Neo-Aramaic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Levantine Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levantine Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudanese Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libyan Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Mesopotamian Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaqchikel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falam Chin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hakha Chin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tedim Chin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chittagonian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nigerian Fulfulde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borana Oromo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gurani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eastern Oromo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazaragi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&apos;eqchi&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eastern Pwo Karen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&apos;gaw Karen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Southern Pashto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central Pashto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rangpuri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sylheti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamasheq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahaggart Tamahaq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Southern Uzbek</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>codes/means</name>
    <message>
        <source>On foot</source>
        <translation>በእግር</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>አውቶቡስ</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>የጭነት መኪና</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>መኪና</translation>
    </message>
    <message>
        <source>Boat</source>
        <translation>ጀልባ</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>አውሮፕላን</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>ባቡር</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ሌላ</translation>
    </message>
</context>
<context>
    <name>codes/nationality</name>
    <message>
        <source>Stateless person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>codes/record_kind</name>
    <message>
        <source>Person</source>
        <translation>ሰው</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ጉዳይ</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>ጉዞ</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>ምርመራ</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>እርዳታ</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ሪፈራል</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ፈቃድ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>ተግባር</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ማስታወሻ</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>ቤተሰብ</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>አባሪ</translation>
    </message>
</context>
<context>
    <name>codes/referral_status</name>
    <message>
        <source>Proposed</source>
        <translation>ቀርቧል</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ተልኳል</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>ተቀባይነት አግኝቷል</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>ውድቅ ተደርጓል</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ተጠናቋል</translation>
    </message>
</context>
<context>
    <name>codes/relationship</name>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished">አሳዳጊ</translation>
    </message>
    <message>
        <source>Travel companion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>codes/risk</name>
    <message>
        <source>Low</source>
        <translation>ዝቅተኛ</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>መካከለኛ</translation>
    </message>
    <message>
        <source>High</source>
        <translation>ከፍተኛ</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>አስጊ</translation>
    </message>
</context>
<context>
    <name>codes/role</name>
    <message>
        <source>Worker</source>
        <translation>ሰራተኛ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>ተቆጣጣሪ</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>አስተዳዳሪ</translation>
    </message>
</context>
<context>
    <name>codes/service_category</name>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-trafficking hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>codes/sex</name>
    <message>
        <source>Female</source>
        <translation>ሴት</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ወንድ</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>ኢንተርሴክስ</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>አይታወቅም</translation>
    </message>
</context>
<context>
    <name>codes/stage</name>
    <message>
        <source>Origin</source>
        <translation>መነሻ</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>መተላለፊያ</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>መድረሻ</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>መመለስ</translation>
    </message>
</context>
<context>
    <name>codes/status</name>
    <message>
        <source>Open</source>
        <translation>ክፍት</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>ግምገማ</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>የጉዳይ እቅድ</translation>
    </message>
    <message>
        <source>Receiving services</source>
        <translation>አገልግሎት እየተቀበለ</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>መዝጋት ተጠይቋል</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ተዘግቷል</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>እንደገና ተከፍቷል</translation>
    </message>
</context>
<context>
    <name>codes/weekday</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>codes/wg_answer</name>
    <message>
        <source>No difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lot of difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do at all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>codes/wg_domain</name>
    <message>
        <source>Seeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking or climbing steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembering or concentrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communicating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>codes/workflow_action</name>
    <message>
        <source>Start assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree case plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the case plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for more work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Service no longer listed (%1)</source>
        <translation>ከአሁን በኋላ ያልተዘረዘረ አገልግሎት (%1)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Add a file to the case</source>
        <translation>ለጉዳዩ ፋይል ጨምር</translation>
    </message>
    <message>
        <source>Photos, scans and documents (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf);;All files (*)</source>
        <translation>ፎቶዎች፣ ስካኖች እና ሰነዶች (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf);;ሁሉም ፋይሎች (*)</translation>
    </message>
    <message>
        <source>Discard this registration?</source>
        <translation>ይህን ምዝገባ ይተዉት?</translation>
    </message>
    <message>
        <source>What you typed about this person will be lost.</source>
        <translation>ስለዚህ ሰው የጻፉት ይጠፋል።</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>ተው(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>ማስተካከል ቀጥል(&amp;K)</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the right kind of value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is not part of a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting is not part of the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes were made on another case; open that case to save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a document FieldCase can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is nested too deeply to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too large to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large (%1): a case keeps files of at most %2. Scan or photograph it at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a program or a script. A case keeps photos, scans and documents only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text holds a broken character; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the hidden direction marks; type the name as it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one visible letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the line breaks or invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not written the way it should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record&apos;s id is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two records have the same id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be changed once it is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries are kept as written; add a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is outside the allowed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a real date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is before the one it follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This birth date gives an impossible age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a date of birth or an estimated age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a consent of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case with this number that you may open is on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has not consented to a referral to this service. Record their consent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person withdrew their consent to this referral, so it cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service from the service directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a case to another site is a transfer, which a supervisor makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate a case, or clear an escalation, with its own action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already at this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfer of this case is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent is not for a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent was given for another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral needs this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a consent to refer has this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the assigned worker or a supervisor may record this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This changes only through the case&apos;s workflow actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no such record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is not in the questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer yes, no, or leave it unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire version is not on this laptop.</source>
        <translation type="unfinished">ይህ የመጠይቅ ስሪት በዚህ ኮምፒውተር ላይ የለም።</translation>
    </message>
    <message>
        <source>This questionnaire is not on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s age or journey stage is needed to score this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the two values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may read the audit log of this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// so nothing is sent in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is already enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment is no longer waiting. Start again with a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code is ten letters and digits, like ABCDE-12345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this code. Check it with your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has expired (a code lasts 24 hours). Ask your administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has been used already. Ask your administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an organisation recovery key. Choose the key&apos;s file, or paste all of its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key does not open this laptop: it is another organisation&apos;s key, or the laptop was set up without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the private recovery key. Give the public key; keep the private one offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery public key is 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop has no user of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase different from your current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning must come before the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation requires this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a duress passphrase different from your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch quick wipe on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters; several words are easiest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the most common passwords; choose something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too repetitive: repeated characters or a repeated short pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keyboard or alphabet sequence is guessed first; choose something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not build it from your user name, the site or the product name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case already shows these values. Change the case and save it, or drop the refused change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not make this change on the server: it needs a supervisor of the case&apos;s team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not let you change this case: it is not assigned to you, or it has moved to another team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site belongs to another team: a case moves only between the sites of its own team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not in the case&apos;s team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a case to another site is a transfer: a supervisor of the case&apos;s team makes it, to one of the team&apos;s sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot move to this status from the one the server holds. Use the case&apos;s workflow actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case number is in another laptop&apos;s series. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening result does not follow from its answers. Screen the person again on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is too large to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not read this change. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already holds another change under the same id. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server holds this record as another kind of record. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server holds this record in another case. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server holds this record differently. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change could not be read on this laptop, so it was not sent. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this change (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Quit</source>
        <translation>ውጣ</translation>
    </message>
</context>
</TS>
