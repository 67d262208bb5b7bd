<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti" sourcelanguage="en">
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
        <translation>ምልውዋጥ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ቋንቋ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ሓገዝ(&amp;H)</translation>
    </message>
    <message>
        <source>Show FieldCase in this language</source>
        <translation>FieldCase ብዚ ቋንቋ ኣርኢ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>ይለዋወጥ ኣሎ…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>ሕጂ ለዋወጥ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>ዘይሰማምዑ ለውጥታት(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refused changes</source>
        <translation>ዝተነጽጉ ለውጥታት(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts (%Ln)</source>
        <translation>
            <numerusform>ዘይሰማምዑ ለውጥታት(&amp;C) (%Ln)</numerusform>
            <numerusform>ዘይሰማምዑ ለውጥታት(&amp;C) (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Refused changes (%Ln)</source>
        <translation>
            <numerusform>ዝተነጽጉ ለውጥታት(&amp;R) (%Ln)</numerusform>
            <numerusform>ዝተነጽጉ ለውጥታት(&amp;R) (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>ሓድሽ ሰብ(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a new person</source>
        <translation>ሓድሽ ሰብ መዝግብ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>ሕተም(&amp;P)…</translation>
    </message>
    <message>
        <source>Print what this person&apos;s referral needs</source>
        <translation>እቲ ምምሕልላፍ ናይዚ ሰብ ዘድልዮ ሕተም</translation>
    </message>
    <message>
        <source>Print case s&amp;ummary…</source>
        <translation>ጽማቕ ጉዳይ ሕተም(&amp;U)…</translation>
    </message>
    <message>
        <source>Print what a reader of this case needs, marked confidential</source>
        <translation>ኣንባቢ ናይዚ ጉዳይ ዘድልዮ ሕተም፡ ምስጢራዊ ተባሂሉ</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>መሕለፊ ቃል ቀይር(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this laptop</source>
        <translation>ነዚ ኮምፒተር ሓድሽ መሕለፊ ቃል ምረጽ</translation>
    </message>
    <message>
        <source>Prepare for &amp;travel…</source>
        <translation>ንጉዕዞ ተዳለው(&amp;T)…</translation>
    </message>
    <message>
        <source>Before a border crossing: erase every case from this laptop once synced; a sync brings them back</source>
        <translation>ቅድሚ ዶብ ምስጋርካ፦ ድሕሪ ምልውዋጥ ኩሎም ጉዳያት ካብዚ ኮምፒተር ደምስስ፤ ምልውዋጥ ይመልሶም</translation>
    </message>
    <message>
        <source>&amp;Duress and quick wipe…</source>
        <translation>ግዳዳን ቅልጡፍ ምድምሳስን(&amp;D)…</translation>
    </message>
    <message>
        <source>Set a duress passphrase; switch the quick wipe on or off</source>
        <translation>ናይ ግዳድ መሕለፊ ቃል ኣቐምጥ፤ ቅልጡፍ ምድምሳስ ኣጥፍእ ወይ ወልዕ</translation>
    </message>
    <message>
        <source>Quick &amp;wipe…</source>
        <translation>ቅልጡፍ ምድምሳስ(&amp;W)…</translation>
    </message>
    <message>
        <source>Erase everything on this laptop at once</source>
        <translation>ኣብዚ ኮምፒተር ዘሎ ኩሉ ብሓንሳብ ደምስስ</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ቆልፍ(&amp;L)</translation>
    </message>
    <message>
        <source>Lock FieldCase now</source>
        <translation>FieldCase ሕጂ ቆልፍ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ውጻእ(&amp;Q)</translation>
    </message>
    <message>
        <source>Close FieldCase</source>
        <translation>FieldCase ዕጸው</translation>
    </message>
    <message>
        <source>Sea&amp;rch…</source>
        <translation>ድለ(&amp;R)…</translation>
    </message>
    <message>
        <source>Search by name, case number, phone or document</source>
        <translation>ብስም፡ ቁጽሪ ጉዳይ፡ ስልኪ ወይ ሰነድ ድለ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ዓቅብ(&amp;S)</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>ነቲ ጉዳይ ዓቅብ</translation>
    </message>
    <message>
        <source>&amp;Due follow-ups</source>
        <translation>ግዜኦም ዝበጽሑ ክትትላት(&amp;D)</translation>
    </message>
    <message>
        <source>Overdue, today and this week</source>
        <translation>ግዜኦም ዝሓለፉ፡ ሎሚ ከምኡ&apos;ውን ኣብዚ ሰሙን</translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation>መስርዕ ምርኣይ(&amp;Q)</translation>
    </message>
    <message>
        <source>What waits for a supervisor, in groups with counts</source>
        <translation>ንተቖጻጻሪ ዝጽበ፡ ብጉጅለን ብቑጽሪን</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>ሰሌዳ(&amp;B)</translation>
    </message>
    <message>
        <source>The team&apos;s cases counted, in charts to save as PNG or CSV</source>
        <translation>ጉዳያት እቲ ጉጅለ ተቖጺሮም፡ ከም PNG ወይ CSV ክዕቀቡ ብቻርት</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>ኣጽድቕ(&amp;P)</translation>
    </message>
    <message>
        <source>Agree the case plan or approve the closure it waits for</source>
        <translation>ነቲ መደብ ጉዳይ ተሰማማዕ ወይ ነቲ ዝጽበ ምዕጻው ኣጽድቕ</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>ምለስ(&amp;T)…</translation>
    </message>
    <message>
        <source>Send the case plan or the closure back, with a comment</source>
        <translation>ነቲ መደብ ጉዳይ ወይ ምዕጻው ምስ ርእይቶ ምለሶ</translation>
    </message>
    <message>
        <source>Ass&amp;ign to…</source>
        <translation>ሃብ ን(&amp;I)…</translation>
    </message>
    <message>
        <source>Give the selected cases to a member of the team</source>
        <translation>ነቶም ዝተመርጹ ጉዳያት ንሓደ ኣባል ጉጅለ ሃብ</translation>
    </message>
    <message>
        <source>Accept trans&amp;fer</source>
        <translation>ምስግጋር ተቐበል(&amp;F)</translation>
    </message>
    <message>
        <source>Take the case whose transfer waits for your site</source>
        <translation>ምስግጋሩ ንቦታኻ ዝጽበ ጉዳይ ውሰድ</translation>
    </message>
    <message>
        <source>Dec&amp;line transfer…</source>
        <translation>ምስግጋር ኣይትቀበል(&amp;L)…</translation>
    </message>
    <message>
        <source>Leave the case with the team that sent it, saying why</source>
        <translation>ነቲ ጉዳይ ምስቲ ዝለኣኾ ጉጅለ ግደፎ፡ ምኽንያቱ እናበልካ</translation>
    </message>
    <message>
        <source>Transfer to another sit&amp;e…</source>
        <translation>ናብ ካልእ ቦታ ኣሰጋግር(&amp;E)…</translation>
    </message>
    <message>
        <source>Propose moving the case; it moves when a supervisor there accepts</source>
        <translation>ምስግጋር እቲ ጉዳይ ኣቕርብ፤ ተቖጻጻሪ ናይቲ ቦታ ምስ ተቐበሎ ይሰጋገር</translation>
    </message>
    <message>
        <source>Es&amp;calate…</source>
        <translation>ናብ ላዕሊ ኣልዕል(&amp;C)…</translation>
    </message>
    <message>
        <source>Raise the case to a supervisor, saying why</source>
        <translation>ነቲ ጉዳይ ናብ ተቖጻጻሪ ኣልዕሎ፡ ምኽንያቱ እናበልካ</translation>
    </message>
    <message>
        <source>Clear escalati&amp;on</source>
        <translation>ምልዓል ወድእ(&amp;O)</translation>
    </message>
    <message>
        <source>The escalation of the case is dealt with</source>
        <translation>ምልዓል እቲ ጉዳይ ተፈጺሙ</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>መዝገብ ምቁጽጻር(&amp;A)</translation>
    </message>
    <message>
        <source>Who viewed, changed, exported or printed which case, when</source>
        <translation>መን ኣየናይ ጉዳይ መዓስ ረኣዮ፡ ቀየሮ፡ ኣውጽኦ ወይ ሓተሞ</translation>
    </message>
    <message>
        <source>Rete&amp;ntion…</source>
        <translation>ምዕቃብ(&amp;N)…</translation>
    </message>
    <message>
        <source>Closed cases past your organisation&apos;s retention, to remove from this laptop</source>
        <translation>ግዜ ምዕቃብ ትካልካ ዝሓለፎም ዕጹዋት ጉዳያት፡ ካብዚ ኮምፒተር ዝእለዩ</translation>
    </message>
    <message>
        <source>Erase t&amp;his person&apos;s record…</source>
        <translation>መዝገብ እዚ ሰብ ደምስስ(&amp;H)…</translation>
    </message>
    <message>
        <source>Erase the open case here, on the server and on every laptop, at a person&apos;s request</source>
        <translation>ነቲ ክፉት ጉዳይ ኣብዚ፡ ኣብ ሰርቨርን ኣብ ኩሉ ኮምፒተራትን ደምስስ፡ ብሕቶ እቲ ሰብ</translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translation>ለውጥታት ሕጂ ስደድን ተቐበልን</translation>
    </message>
    <message>
        <source>Fields changed differently on two laptops</source>
        <translation>ኣብ ክልተ ኮምፒተራት ብዝተፈላለየ ዝተቐየሩ ቦታታት</translation>
    </message>
    <message>
        <source>Changes the server did not accept, with the reason</source>
        <translation>እቲ ሰርቨር ዘይተቐበሎም ለውጥታት፡ ምስ ምኽንያቶም</translation>
    </message>
    <message>
        <source>&amp;Enrol this laptop…</source>
        <translation>ነዚ ኮምፒተር ኣመዝግብ(&amp;E)…</translation>
    </message>
    <message>
        <source>Connect this laptop to your organisation&apos;s server with a one-time code</source>
        <translation>ነዚ ኮምፒተር ብሓደ ግዜ ዝሰርሕ ኮድ ምስ ሰርቨር ትካልካ ኣራኽብ</translation>
    </message>
    <message>
        <source>Sign &amp;in to the server…</source>
        <translation>ናብ ሰርቨር እቶ(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign in with your server passphrase</source>
        <translation>ብመሕለፊ ቃል ሰርቨርካ እቶ</translation>
    </message>
    <message>
        <source>&amp;About FieldCase</source>
        <translation>ብዛዕባ FieldCase(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>ሕታምን ፍቓዳትን</translation>
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
        <translation>ብእንግሊዝኛ፦ %1</translation>
    </message>
    <message>
        <source>⚠ Sensitive: ask in private, with no one else present.</source>
        <translation>⚠ ተኣፋፊ፦ ካልእ ሰብ ኣብ ዘይብሉ ብሕቡእ ሕተት።</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>እወ(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ኣይፋል(&amp;N)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>መልሲ የለን</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>FieldCase — demo</source>
        <translation>FieldCase — ፈተነ</translation>
    </message>
    <message numerus="yes">
        <source>Preparing a demo with %Ln fictional case(s)…</source>
        <translation>
            <numerusform>ብ%Ln ምናባዊ ጉዳይ ፈተነ ይዳሎ ኣሎ…</numerusform>
            <numerusform>ብ%Ln ምናባዊ ጉዳያት ፈተነ ይዳሎ ኣሎ…</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo could not be prepared. %1</source>
        <translation>እቲ ፈተነ ክዳሎ ኣይከኣለን። %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>FieldCase — assign cases</source>
        <translation>FieldCase — ጉዳያት ምሃብ</translation>
    </message>
    <message>
        <source>Each case is changed on its own and syncs; a case that cannot be assigned is named with the reason, and the others go.</source>
        <translation>ነፍሲ ወከፍ ጉዳይ በበይኑ ይቕየርን ይለዋወጥን፤ ክውሃብ ዘይክእል ጉዳይ ምስ ምኽንያቱ ይጥቀስ፡ እቶም ካልኦት ይኸዱ።</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>ሃብ</translation>
    </message>
</context>
<context>
    <name>AssistanceSection</name>
    <message>
        <source>Date</source>
        <translation>ዕለት</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>ዝሃቦ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ዝርዝር</translation>
    </message>
    <message>
        <source>Assistance given</source>
        <translation>ዝተዋህበ ሓገዝ</translation>
    </message>
    <message>
        <source>No assistance recorded yet.</source>
        <translation>ገና ዝተመዝገበ ሓገዝ የለን።</translation>
    </message>
    <message>
        <source>Record assistance given</source>
        <translation>ዝተዋህበ ሓገዝ መዝግብ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ምረጽ…</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>ዓይነት(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ዕለት(&amp;D)</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>ዝሃቦ(&amp;B)</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>ዝርዝር(&amp;E)</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>ሓገዝ</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>FieldCase — attachment</source>
        <translation>FieldCase — ተተሓሒዙ ዘሎ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>ገጽ %1 ካብ %2</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>እቲ ፋይል</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸው</translation>
    </message>
    <message>
        <source>This file could not be shown: it may be damaged.</source>
        <translation>እዚ ፋይል ክርአ ኣይከኣለን፦ ተበላሽዩ ክኸውን ይኽእል።</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here. FieldCase does not open it in another program, because that would write it to the disk unencrypted.</source>
        <translation>እዚ ዓይነት ፋይል ኣብዚ ክርአ ኣይክእልን። FieldCase ብኻልእ ፕሮግራም ኣይከፍቶን፡ ምኽንያቱ ከምኡ ብዘይ ምምስጣር ናብ ዲስክ ምጸሓፎ።</translation>
    </message>
    <message>
        <source>The first %1 pages of %2.</source>
        <translation>እቶም ቀዳሞት %1 ገጻት ካብ %2።</translation>
    </message>
    <message>
        <source>%1 pages.</source>
        <translation>%1 ገጻት።</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Files are added to the case at once, encrypted on this laptop: they do not wait for Save. Select a file and press Enter to view it.</source>
        <translation>ፋይላት ብሓንሳብ ናብቲ ጉዳይ ይውሰኹ፡ ኣብዚ ኮምፒተር ተመስጢሮም፦ ንዓቅብ ኣይጽበዩን። ፋይል መሪጽካ ንምርኣዩ Enter ጠውቕ።</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ቅርጺ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ዓቐን</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>ኣብዚ ኮምፒተር</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ፋይላት</translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation>ገና ፋይል የለን።</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>ፋይል ወስኽ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ምረጽ…</translation>
    </message>
    <message>
        <source>What it shows, e.g. consent form, page 1</source>
        <translation>እንታይ ከም ዘርኢ፡ ንኣብነት ቅጥዒ ፍቓድ፡ ገጽ 1</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ዓይነት(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>ስም(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>ፋይል ወስኽ(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>ፋይል ወስኽ…</translation>
    </message>
    <message>
        <source>or drop a file anywhere on this tab.</source>
        <translation>ወይ ኣብ ዝኾነ ቦታ ናይዚ ገጽ ፋይል ኣውድቕ።</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ተተሓሒዞም ዘለዉ</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(ስም የብሉን)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>ሰነድ PDF</translation>
    </message>
    <message>
        <source>Image (%1)</source>
        <translation>ስእሊ (%1)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ጽሑፍ</translation>
    </message>
    <message>
        <source>Sound (%1)</source>
        <translation>ድምጺ (%1)</translation>
    </message>
    <message>
        <source>Video (%1)</source>
        <translation>ቪድዮ (%1)</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>ካልእ ፋይል</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>እወ</translation>
    </message>
    <message>
        <source>Yes, not sent yet</source>
        <translation>እወ፡ ገና ኣይተላእከን</translation>
    </message>
    <message>
        <source>Not yet: the next sync fetches it</source>
        <translation>ገና፦ እቲ ዝቕጽል ምልውዋጥ የምጽኦ</translation>
    </message>
    <message>
        <source>This file is not on this laptop yet. It comes with the next sync, once there is a connection.</source>
        <translation>እዚ ፋይል ገና ኣብዚ ኮምፒተር የለን። ርክብ ምስ ተረኽበ ምስቲ ዝቕጽል ምልውዋጥ ይመጽእ።</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>ነቲ ፋይል ይኸፍት ኣሎ…</translation>
    </message>
    <message>
        <source>This file cannot be read on this laptop: it is damaged, or not fully here yet. Sync, then try again; tell your administrator if it stays so.</source>
        <translation>እዚ ፋይል ኣብዚ ኮምፒተር ክንበብ ኣይክእልን፦ ተበላሽዩ፡ ወይ ገና ምሉእ ኣይበጽሐን። ለዋወጥ፡ ደሓር ደጊምካ ፈትን፤ ከምኡ እንተ ጸኒሑ ንኣማሓዳሪኻ ንገሮ።</translation>
    </message>
    <message>
        <source>Adding the file…</source>
        <translation>ነቲ ፋይል ይውስኽ ኣሎ…</translation>
    </message>
    <message>
        <source>Added, encrypted on this laptop. It goes to the server with the next sync.</source>
        <translation>ተወሲኹ፡ ኣብዚ ኮምፒተር ተመስጢሩ። ምስቲ ዝቕጽል ምልውዋጥ ናብ ሰርቨር ይኸይድ።</translation>
    </message>
    <message>
        <source>Not added.</source>
        <translation>ኣይተወሰኸን።</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>FieldCase — audit log</source>
        <translation>FieldCase — መዝገብ ምቁጽጻር</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>ዝኾነ ሰብ</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>ቁጽሪ ጉዳይ</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>ኩሉ ዓይነት</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>ተጠቃሚ(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;ase number</source>
        <translation>ቁጽሪ ጉዳይ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ዓይነት(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>ካብ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>ክሳብ(&amp;T)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>መዝገብ ምቁጽጻር</translation>
    </message>
    <message>
        <source>What was done on this laptop, newest first: case numbers, never names. Enter opens the case. Opening this window is recorded in the log too.</source>
        <translation>ኣብዚ ኮምፒተር ዝተገብረ፡ እቲ ሓድሽ ቅድም፦ ቁጽሪ ጉዳያት፡ ፈጺሙ ኣስማት ኣይኮነን። Enter ነቲ ጉዳይ ይኸፍቶ። ምኽፋት እዚ መስኮት&apos;ውን ኣብቲ መዝገብ ይምዝገብ።</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>ዝኾነ መዓልቲ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ይጽዕን ኣሎ…</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>ምስዞም መጻረዪታት ዝሰማማዕ ፍጻመ የለን።</translation>
    </message>
    <message>
        <source>This event names several cases: open one from the case list.</source>
        <translation>እዚ ፍጻመ ብዙሓት ጉዳያት ይጠቅስ፦ ካብ ዝርዝር ጉዳያት ሓደ ክፈት።</translation>
    </message>
    <message>
        <source>This case is no longer on this laptop.</source>
        <translation>እዚ ጉዳይ ድሕሪ ሕጂ ኣብዚ ኮምፒተር የለን።</translation>
    </message>
    <message>
        <source>This event is not about one case.</source>
        <translation>እዚ ፍጻመ ብዛዕባ ሓደ ጉዳይ ኣይኮነን።</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Viewed</source>
        <translation>ተራእዩ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>ተቐይሩ</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>ወጺኡ</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>ተሓቲሙ</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>ተኸፊቱ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ካልእ</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 ከምኡ&apos;ውን ተወሳኺ %Ln</numerusform>
            <numerusform>%1 ከምኡ&apos;ውን ተወሳኺ %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) no longer on this laptop</source>
        <translation>
            <numerusform>ድሕሪ ሕጂ ኣብዚ ኮምፒተር ዘየሎ %Ln ጉዳይ</numerusform>
            <numerusform>ድሕሪ ሕጂ ኣብዚ ኮምፒተር ዘየለዉ %Ln ጉዳያት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s).</source>
        <translation>
            <numerusform>%Ln ፍጻመ።</numerusform>
            <numerusform>%Ln ፍጻመታት።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln event(s); more load as you scroll down.</source>
        <translation>
            <numerusform>እቲ ሓድሽ %Ln ፍጻመ፤ ንታሕቲ ምስ ወረድካ ተወሳኺ ይጽዕን።</numerusform>
            <numerusform>እቶም ሓደሽቲ %Ln ፍጻመታት፤ ንታሕቲ ምስ ወረድካ ተወሳኺ ይጽዕን።</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>መዓስ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>መን</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>What</source>
        <translation>እንታይ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ጉዳይ</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1፦ %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>፤ </translation>
    </message>
    <message>
        <source>Nothing to count yet.</source>
        <translation>ገና ዝቑጸር የለን።</translation>
    </message>
    <message>
        <source>code</source>
        <translation>ኮድ</translation>
    </message>
    <message>
        <source>category</source>
        <translation>ምድብ</translation>
    </message>
    <message>
        <source>count</source>
        <translation>ብዝሒ</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Status:</source>
        <translation>ኩነታት፦</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>ዘይተዓጽወ</translation>
    </message>
    <message>
        <source>Any, closed too</source>
        <translation>ዝኾነ፡ ዕጹዋት&apos;ውን</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>ሓደጋ፦</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>ዝኾነ</translation>
    </message>
    <message>
        <source>not screened</source>
        <translation>ኣይተመርመረን</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>ደረጃ፦</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>ቆጸራ፦</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ግዜኡ ዝሓለፎ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ሎሚ</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>ኣብዚ ሰሙን</translation>
    </message>
    <message>
        <source>Flag:</source>
        <translation>ምልክት፦</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>ዝተዋህቦ፦</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>ዝኾነ ሰብ</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>ኣነ</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>ሓደ&apos;ኳ</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>መጻረዪታት ኣጽሪ</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Overdue</source>
        <translation>ግዜኡ ሓሊፉ</translation>
    </message>
    <message>
        <source>Status: %1 · Stage: %2 · Risk: %3</source>
        <translation>ኩነታት፦ %1 · ደረጃ፦ %2 · ሓደጋ፦ %3</translation>
    </message>
    <message>
        <source>not screened</source>
        <translation>ኣይተመርመረን</translation>
    </message>
    <message>
        <source>Overdue: %1 — %2</source>
        <translation>ግዜኡ ሓሊፉ፦ %1 — %2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Loading…</source>
        <translation>ይጽዕን ኣሎ…</translation>
    </message>
    <message>
        <source>Overdue: the earliest open task was due on {date}</source>
        <translation>ግዜኡ ሓሊፉ፦ እቲ ዝቐደመ ክፉት ዕማም ኣብ {date} ክውዳእ ነይርዎ</translation>
    </message>
    <message>
        <source>{status} · matched on {what}</source>
        <translation>{status} · ብ{what} ተሰማሚዑ</translation>
    </message>
    <message>
        <source>Overdue · {date}</source>
        <translation>ግዜኡ ሓሊፉ · {date}</translation>
    </message>
    <message>
        <source>Today · {date}</source>
        <translation>ሎሚ · {date}</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>ቁጽሪ ጉዳይ</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>ቁጽሪ ስልኪ</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>ቁጽሪ ሰነድ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>ቁጽሪ ጉዳይ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>ሓደጋ</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>ዝቕጽል ቆጸራ</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>ናይ መወዳእታ ለውጢ</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>ጉዳያት</translation>
    </message>
    <message>
        <source>No one found for “{text}”. Check the spelling, or search by phone or document number.</source>
        <translation>ን“{text}” ዝኾነ ሰብ ኣይተረኽበን። ኣጸሓሕፋ ርአ፡ ወይ ብቑጽሪ ስልኪ ወይ ሰነድ ድለ።</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;register&quot;&gt;Register “{text}” as a new person&lt;/a&gt; (press Enter in the search box, or Ctrl+N)</source>
        <translation>&lt;a href=&quot;register&quot;&gt;“{text}” ከም ሓድሽ ሰብ መዝግብ&lt;/a&gt; (ኣብ ሳጹን ምድላይ Enter ጠውቕ፡ ወይ Ctrl+N)</translation>
    </message>
    <message>
        <source>No cases yet. Press Ctrl+N to register a person.</source>
        <translation>ገና ጉዳይ የለን። ሰብ ንምምዝጋብ Ctrl+N ጠውቕ።</translation>
    </message>
    <message>
        <source>Nothing matches these filters — &lt;a href=&quot;clear&quot;&gt;clear filters&lt;/a&gt;</source>
        <translation>ነዚ መጻረዪታት ዝሰማማዕ የለን — &lt;a href=&quot;clear&quot;&gt;መጻረዪታት ኣጽሪ&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No cases in this list.</source>
        <translation>ኣብዚ ዝርዝር ጉዳይ የለን።</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Save</source>
        <translation>ዓቅብ</translation>
    </message>
    <message>
        <source>Save the case (%1)</source>
        <translation>ነቲ ጉዳይ ዓቅብ (%1)</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>ነቲ ጉዳይ ይኸፍት ኣሎ…</translation>
    </message>
    <message>
        <source>This case changed while you were editing: %1. Your edits are kept; if you save them, both values are kept for you to settle in Conflicts.</source>
        <translation>እዚ ጉዳይ ክትቕይሮ ከለኻ ተቐይሩ፦ %1። ለውጥታትካ ተዓቂቦም ኣለዉ፤ እንተ ዓቂብካዮም ክልቲኦም ዋጋታት ኣብ ዘይሰማምዑ ለውጥታት ክትውስን ይዕቀቡ።</translation>
    </message>
    <message>
        <source>Choose a saved referral in the list, then print its letter.</source>
        <translation>ካብቲ ዝርዝር ዝተዓቀበ ምምሕልላፍ ምረጽ፡ ደሓር ደብዳበኡ ሕተም።</translation>
    </message>
    <message>
        <source>Case %1 was erased from this laptop. The next sync erases it on the server and every other laptop.</source>
        <translation>ጉዳይ %1 ካብዚ ኮምፒተር ተደምሲሱ። እቲ ዝቕጽል ምልውዋጥ ኣብ ሰርቨርን ኣብ ኩሎም ካልኦት ኮምፒተራትን ይድምስሶ።</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>ዝዕቀብ የለን፦ ዝተቐየረ ነገር የለን።</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>ይዕቅብ ኣሎ…</translation>
    </message>
    <message>
        <source>This case changed while you were editing: %1 — both values are kept; see Conflicts to choose.</source>
        <translation>እዚ ጉዳይ ክትቕይሮ ከለኻ ተቐይሩ፦ %1 — ክልቲኦም ዋጋታት ተዓቂቦም፤ ንምምራጽ ዘይሰማምዑ ለውጥታት ርአ።</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ተዓቂቡ።</translation>
    </message>
    <message>
        <source>%1 See: %2.</source>
        <translation>%1 ርአ፦ %2።</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1፦ %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ዘይተዓቀቡ ለውጥታት</translation>
    </message>
    <message>
        <source>Select a case in the list and press Enter to open it.</source>
        <translation>ካብቲ ዝርዝር ጉዳይ ምረጽ፡ ንምኽፋቱ Enter ጠውቕ።</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>ኣይተሓተተን</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>እወ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ኣይፋል</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <source>FieldCase — case summary</source>
        <translation>FieldCase — ጽማቕ ጉዳይ</translation>
    </message>
    <message>
        <source>This is everything the summary shows. Print it, or save it as a PDF where you choose; either asks for your passphrase and is recorded in the audit log.</source>
        <translation>እዚ እቲ ጽማቕ ዘርእዮ ኩሉ እዩ። ሕተሞ፡ ወይ ኣብ እትመርጾ ቦታ ከም PDF ዓቅቦ፤ ክልቲኦም መሕለፊ ቃልካ ይሓቱ፡ ኣብ መዝገብ ምቁጽጻር ድማ ይምዝገቡ።</translation>
    </message>
    <message>
        <source>&amp;Include who the person is (name, age, nationality, languages)</source>
        <translation>እቲ ሰብ መን ምዃኑ ኣእትው (ስም፡ ዕድመ፡ ዜግነት፡ ቋንቋታት)(&amp;I)</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>ጽማቕ ጉዳይ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>ሕተም(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>ከም PDF ዓቅብ(&amp;S)…</translation>
    </message>
    <message>
        <source>Print the case summary</source>
        <translation>ጽማቕ ጉዳይ ሕተም</translation>
    </message>
    <message>
        <source>Save the case summary</source>
        <translation>ጽማቕ ጉዳይ ዓቅብ</translation>
    </message>
    <message>
        <source>case-summary.pdf</source>
        <translation>case-summary.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>ሰነዳት PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be saved there.</source>
        <translation>እቲ ጽማቕ ኣብኡ ክዕቀብ ኣይከኣለን።</translation>
    </message>
    <message>
        <source>The printer could not be reached.</source>
        <translation>ናብቲ መሕተሚ ክብጻሕ ኣይከኣለን።</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>FieldCase — change passphrase</source>
        <translation>FieldCase — መሕለፊ ቃል ምቕያር</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>ናይ ሕጂ መሕለፊ ቃል(&amp;C)</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>መሕለፊ ቃልካ ቀይር</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>መሕለፊ ቃል ቀይር</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>The new passphrase opens this laptop from the next unlock on; the old one no longer does. A few random words you can remember work well. Your server passphrase does not change.</source>
        <translation>እቲ ሓድሽ መሕለፊ ቃል ካብቲ ዝቕጽል ምኽፋት ጀሚሩ ነዚ ኮምፒተር ይኸፍቶ፤ እቲ ኣረጊት ድሕሪ ሕጂ ኣይከፍትን። ክትዝክሮም እትኽእል ውሑዳት ብዘይ ስርዓት ዝተመርጹ ቃላት ጽቡቕ ይሰርሑ። መሕለፊ ቃል ሰርቨርካ ኣይቕየርን።</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>ይቕይር ኣሎ…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸው</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one the next time you unlock.</source>
        <translation>መሕለፊ ቃልካ ተቐይሩ። ኣብ ዝቕጽል ምኽፋት ነቲ ሓድሽ ተጠቐም።</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>ከም PNG ዓቅብ(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>ከም CSV ዓቅብ(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>ነቲ ቻርት ዓቅብ</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>ነቲ ቻርት ከም PNG ዓቅብ</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>ስእልታት PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved there.</source>
        <translation>እቲ ቻርት ኣብኡ ክዕቀብ ኣይከኣለን።</translation>
    </message>
    <message>
        <source>Save the counts as CSV</source>
        <translation>ነቲ ቑጽርታት ከም CSV ዓቅብ</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ፋይላት CSV (*.csv)</translation>
    </message>
    <message>
        <source>The counts could not be saved there.</source>
        <translation>እቲ ቑጽርታት ኣብኡ ክዕቀብ ኣይከኣለን።</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>FieldCase — conflicts</source>
        <translation>FieldCase — ዘይሰማምዑ ለውጥታት</translation>
    </message>
    <message>
        <source>These fields were changed differently on two laptops before they synced. Both values are kept, and the case shows the one marked “shown now” until someone decides. Select the value that is right and keep it; the choice syncs to every laptop.</source>
        <translation>እዞም ቦታታት ቅድሚ ምልውዋጦም ኣብ ክልተ ኮምፒተራት ብዝተፈላለየ ተቐይሮም። ክልቲኦም ዋጋታት ተዓቂቦም፡ ሓደ ሰብ ክሳብ ዝውስን ድማ እቲ ጉዳይ ነቲ “ሕጂ ዝርአ” ዝተባህለ የርኢ። ነቲ ቅኑዕ ዋጋ መሪጽካ ሓዞ፤ እቲ ምርጫ ናብ ኩሉ ኮምፒተራት ይለዋወጥ።</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>ክፉት ዘይምስምማዕ የለን።</translation>
    </message>
    <message>
        <source>Keep the selected value</source>
        <translation>ነቲ ዝተመርጸ ዋጋ ሓዝ</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Case</source>
        <translation>ጉዳይ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>መዝገብ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ዋጋ</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>ዘቐመጦ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>መዓስ</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(ምሉእ መዝገብ)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(ተደምሲሱ)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ባዶ)</translation>
    </message>
    <message>
        <source>(not on this laptop)</source>
        <translation>(ኣብዚ ኮምፒተር የለን)</translation>
    </message>
    <message>
        <source>✓ shown now</source>
        <translation>✓ ሕጂ ዝርአ</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Consent</source>
        <translation>ፍቓድ</translation>
    </message>
    <message>
        <source>Ask before recording more than the minimum. Tick what the person agrees to; consent to a referral is asked for each service when referring.</source>
        <translation>ካብቲ ዝወሓደ ንላዕሊ ቅድሚ ምምዝጋብካ ሕተት። እቲ ሰብ ዝሰማምዓሉ ምልክት ግበር፤ ፍቓድ ምምሕልላፍ ንነፍሲ ወከፍ ኣገልግሎት ኣብ ግዜ ምምሕልላፍ ይሕተት።</translation>
    </message>
    <message>
        <source>&amp;Registration: keep a record to help them</source>
        <translation>ምዝገባ(&amp;R)፦ ንምሕጋዞም መዝገብ ምሓዝ</translation>
    </message>
    <message>
        <source>Follow-up &amp;contact</source>
        <translation>ክትትል ርክብ(&amp;C)</translation>
    </message>
    <message>
        <source>Anonymous s&amp;tatistics</source>
        <translation>ስም ዘይብሉ ጸብጻብ(&amp;T)</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>ዝሃቦ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>ከመይ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ConsentsSection</name>
    <message>
        <source>Purpose</source>
        <translation>ዕላማ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>ኣገልግሎት</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>ዝሃቦ</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ኣገባብ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>ፍቓዳት</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>ኣውጽእ(&amp;W)</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>ፍቓድ መዝግብ</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>ዕላማ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>ኣገልግሎት(&amp;S)</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>ዝሃቦ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>ኣገባብ(&amp;F)</translation>
    </message>
    <message>
        <source>Given &amp;on</source>
        <translation>ዝተዋህበሉ ዕለት(&amp;O)</translation>
    </message>
    <message>
        <source>Withdrawn on %1 (given on %2)</source>
        <translation>ኣብ %1 ተሰሒቡ (ኣብ %2 ተዋሂቡ)</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>ኣብ %1 ተዋሂቡ</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (ገና ኣይተዓቀበን)</translation>
    </message>
    <message>
        <source>&amp;Keep the consent</source>
        <translation>ነቲ ፍቓድ ሓዝ(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Week of %1</source>
        <translation>ሰሙን %1</translation>
    </message>
    <message>
        <source>0 to 1 day</source>
        <translation>0 ክሳብ 1 መዓልቲ</translation>
    </message>
    <message>
        <source>2 to 7 days</source>
        <translation>2 ክሳብ 7 መዓልታት</translation>
    </message>
    <message>
        <source>8 to 30 days</source>
        <translation>8 ክሳብ 30 መዓልታት</translation>
    </message>
    <message>
        <source>More than 30 days</source>
        <translation>ልዕሊ 30 መዓልታት</translation>
    </message>
    <message>
        <source>No case has had assistance recorded yet.</source>
        <translation>ገና ሓገዝ ዝተመዝገበሉ ጉዳይ የለን።</translation>
    </message>
    <message>
        <source>Nobody (intake)</source>
        <translation>ሓደ&apos;ኳ (ምቕባል)</translation>
    </message>
    <message>
        <source>Cases by stage</source>
        <translation>ጉዳያት ብደረጃ</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>ጉዳያት ብኩነታት</translation>
    </message>
    <message>
        <source>Every case, closed ones too.</source>
        <translation>ኩሉ ጉዳያት፡ ዕጹዋት&apos;ውን።</translation>
    </message>
    <message>
        <source>Cases by risk</source>
        <translation>ጉዳያት ብሓደጋ</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>ኣይተመርመረን</translation>
    </message>
    <message>
        <source>Cases by site</source>
        <translation>ጉዳያት ብቦታ</translation>
    </message>
    <message>
        <source>Cases by nationality</source>
        <translation>ጉዳያት ብዜግነት</translation>
    </message>
    <message>
        <source>New cases per week</source>
        <translation>ሓደሽቲ ጉዳያት ኣብ ሰሙን</translation>
    </message>
    <message>
        <source>By registration date, the last 12 weeks.</source>
        <translation>ብዕለት ምዝገባ፡ እቶም ናይ መወዳእታ 12 ሰሙናት።</translation>
    </message>
    <message>
        <source>Days from registration to first assistance</source>
        <translation>መዓልታት ካብ ምዝገባ ክሳብ ቀዳማይ ሓገዝ</translation>
    </message>
    <message>
        <source>Referral outcomes</source>
        <translation>ውጽኢታት ምምሕልላፍ</translation>
    </message>
    <message>
        <source>Every referral, closed cases&apos; too.</source>
        <translation>ኩሉ ምምሕልላፋት፡ ናይ ዕጹዋት ጉዳያት&apos;ውን።</translation>
    </message>
    <message>
        <source>Open cases per worker</source>
        <translation>ክፉታት ጉዳያት ብሰራሕተኛ</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>FieldCase — dashboard</source>
        <translation>FieldCase — ሰሌዳ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ይጽዕን ኣሎ…</translation>
    </message>
    <message>
        <source>Counted on %1.</source>
        <translation>ኣብ %1 ተቖጺሩ።</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>Restore</source>
        <translation>ምለስ</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ዘይተዓቀቡ ለውጥታት</translation>
    </message>
    <message>
        <source>Put back what you typed and did not save</source>
        <translation>ዝጸሓፍካዮን ዘይዓቀብካዮን ምለሶ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ግደፍ</translation>
    </message>
    <message>
        <source>Delete what you typed and did not save</source>
        <translation>ዝጸሓፍካዮን ዘይዓቀብካዮን ደምስሶ</translation>
    </message>
    <message>
        <source>You have unsaved changes from %1.</source>
        <translation>ካብ %1 ዘይተዓቀቡ ለውጥታት ኣለዉኻ።</translation>
    </message>
</context>
<context>
    <name>DraftWords</name>
    <message>
        <source>just now</source>
        <translation>ሕጂ ሕጂ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>ቅድሚ %Ln ደቒቕ</numerusform>
            <numerusform>ቅድሚ %Ln ደቓይቕ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>ቅድሚ %Ln ሰዓት</numerusform>
            <numerusform>ቅድሚ %Ln ሰዓታት</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ትማሊ ኣብ %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>ኣብ %1 ሰዓት %2</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>FieldCase — follow-ups due</source>
        <translation>FieldCase — ግዜኦም ዝበጽሑ ክትትላት</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>What is due</source>
        <translation>ግዜኡ ዝበጽሐ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>መዓስ</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>ቆጸራ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ጉዳይ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ሰብ</translation>
    </message>
    <message>
        <source>For</source>
        <translation>ን</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>ግዜኦም ዝበጽሑ ክትትላት</translation>
    </message>
    <message>
        <source>A person&apos;s name shows on the selected row only. Enter opens the case.</source>
        <translation>ስም ሰብ ኣብቲ ዝተመርጸ መስመር ጥራይ ይርአ። Enter ነቲ ጉዳይ ይኸፍቶ።</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ይጽዕን ኣሎ…</translation>
    </message>
    <message>
        <source>Nothing is due in the next %1 days, and nothing is overdue. Follow-ups are the tasks of a case&apos;s plan.</source>
        <translation>ኣብ ዝመጽእ %1 መዓልታት ግዜኡ ዝበጽሕ የለን፡ ግዜኡ ዝሓለፎ&apos;ውን የለን። ክትትላት ዕማማት ናይ መደብ ጉዳይ እዮም።</translation>
    </message>
</context>
<context>
    <name>DueWords</name>
    <message numerus="yes">
        <source>Overdue (%Ln)</source>
        <translation>
            <numerusform>ግዜኦም ዝሓለፉ (%Ln)</numerusform>
            <numerusform>ግዜኦም ዝሓለፉ (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due today (%Ln)</source>
        <translation>
            <numerusform>ግዜኦም ሎሚ (%Ln)</numerusform>
            <numerusform>ግዜኦም ሎሚ (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in the next %1 days (%Ln)</source>
        <translation>
            <numerusform>ኣብ ዝመጽእ %1 መዓልታት (%Ln)</numerusform>
            <numerusform>ኣብ ዝመጽእ %1 መዓልታት (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>ብ%Ln መዓልቲ ሓሊፉ</numerusform>
            <numerusform>ብ%Ln መዓልታት ሓሊፉ</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ሎሚ</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>ጽባሕ</translation>
    </message>
    <message numerus="yes">
        <source>In %Ln day(s)</source>
        <translation>
            <numerusform>ድሕሪ %Ln መዓልቲ</numerusform>
            <numerusform>ድሕሪ %Ln መዓልታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln ግዜኦም ሓሊፉ</numerusform>
            <numerusform>%Ln ግዜኦም ሓሊፉ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln ሎሚ</numerusform>
            <numerusform>%Ln ሎሚ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the next %1 days</source>
        <translation>
            <numerusform>%Ln ኣብ ዝመጽእ %1 መዓልታት</numerusform>
            <numerusform>%Ln ኣብ ዝመጽእ %1 መዓልታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The follow-ups of %Ln more case(s) are due but not listed: the earliest come first.</source>
        <translation>
            <numerusform>ክትትላት ናይ %Ln ተወሳኺ ጉዳይ ግዜኦም በጺሑ ግን ኣይተዘርዘሩን፦ እቶም ዝቐደሙ ቅድም ይመጹ።</numerusform>
            <numerusform>ክትትላት ናይ %Ln ተወሳኺ ጉዳያት ግዜኦም በጺሑ ግን ኣይተዘርዘሩን፦ እቶም ዝቐደሙ ቅድም ይመጹ።</numerusform>
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
        <translation>FieldCase — ቅልጡፍ ምድምሳስ</translation>
    </message>
    <message>
        <source>Erase everything on this laptop now? Cases, attachments and keys are destroyed at once; what was not synced is lost.</source>
        <translation>ኣብዚ ኮምፒተር ዘሎ ኩሉ ሕጂ ይደምሰስ ድዩ? ጉዳያት፡ ተተሓሒዞም ዘለዉን መፍትሕታትን ብሓንሳብ ይጠፍኡ፤ ዘይተለዋወጠ ይጠፍእ።</translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>ሕጂ ደምስስ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>FieldCase — enrol this laptop</source>
        <translation>FieldCase — ነዚ ኮምፒተር ምምዝጋብ</translation>
    </message>
    <message>
        <source>Enrol this laptop with your organisation&apos;s server</source>
        <translation>ነዚ ኮምፒተር ምስ ሰርቨር ትካልካ ኣመዝግብ</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>ኣመዝግብ(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Your administrator gives you three things: the server&apos;s address, a one-time code, and the server key&apos;s fingerprint. Keep the fingerprint at hand: you will compare it in the next step.</source>
        <translation>ኣማሓዳሪኻ ሰለስተ ነገራት ይህበካ፦ ኣድራሻ ሰርቨር፡ ሓንሳብ ዝሰርሕ ኮድ፡ ከምኡ&apos;ውን ኣሻራ መፍትሕ ሰርቨር። ነቲ ኣሻራ ኣብ ቀረባ ሓዞ፦ ኣብቲ ዝቕጽል ስጉምቲ ከተወዳድሮ ኢኻ።</translation>
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
        <translation>ኣድራሻ ሰርቨር(&amp;A)</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>ሓንሳብ ዝሰርሕ ኮድ(&amp;C)</translation>
    </message>
    <message>
        <source>Server key fingerprint</source>
        <translation>ኣሻራ መፍትሕ ሰርቨር</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your administrator gave you: every letter and digit must be the same. If they differ, someone may be answering in the server&apos;s place: choose &quot;They do not match&quot; and tell your administrator.</source>
        <translation>ምስቲ ኣማሓዳሪኻ ዝሃበካ ኣሻራ ኣወዳድሮ፦ ነፍሲ ወከፍ ፊደልን ኣሃዝን ሓደ ክኸውን ኣለዎ። እንተ ተፈላለዩ፡ ሓደ ሰብ ኣብ ክንዲ እቲ ሰርቨር ይምልስ ክኸውን ይኽእል፦ &quot;ኣይሰማምዑን&quot; ምረጽ፡ ንኣማሓዳሪኻ ድማ ንገሮ።</translation>
    </message>
    <message>
        <source>They do &amp;not match</source>
        <translation>ኣይሰማምዑን(&amp;N)</translation>
    </message>
    <message>
        <source>Nothing was kept. Tell your administrator that the fingerprint did not match; they should revoke the enrolment that code made and give you a new code.</source>
        <translation>ዝተዓቀበ የለን። ነቲ ኣሻራ ከም ዘይተሰማምዐ ንኣማሓዳሪኻ ንገሮ፤ ነቲ ብዚ ኮድ ዝተገብረ ምዝገባ ሰሪዙ ሓድሽ ኮድ ክህበካ ኣለዎ።</translation>
    </message>
    <message>
        <source>The server at %1 showed this key fingerprint:</source>
        <translation>እቲ ኣብ %1 ዘሎ ሰርቨር ነዚ ኣሻራ መፍትሕ ኣርእዩ፦</translation>
    </message>
    <message>
        <source>This laptop is enrolled. Its first sync starts now; after that it syncs on its own whenever there is a connection.</source>
        <translation>እዚ ኮምፒተር ተመዝጊቡ። ቀዳማይ ምልውዋጡ ሕጂ ይጅምር፤ ድሕሪኡ ርክብ ኣብ ዘለሉ ግዜ ባዕሉ ይለዋወጥ።</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>ምስ ሰርቨር ይራኸብ ኣሎ…</translation>
    </message>
    <message>
        <source>They &amp;match: enrol</source>
        <translation>ይሰማምዑ፦ ኣመዝግብ(&amp;M)</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>የመዝግብ ኣሎ…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸው</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>FieldCase — erase a record</source>
        <translation>FieldCase — መዝገብ ምድምሳስ</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ምኽንያት(&amp;R)</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>መሕለፊ ቃልካ(&amp;P)</translation>
    </message>
    <message>
        <source>Erase case %1</source>
        <translation>ጉዳይ %1 ደምስስ</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>ደምስስ(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Everything about this person in case %1 is erased from this laptop now, and from the server and every other laptop at their next sync: details, notes, attachments, history. It cannot be undone. The audit log keeps the case number and your reason. Type your passphrase again to confirm it is you.</source>
        <translation>ኣብ ጉዳይ %1 ብዛዕባ እዚ ሰብ ዘሎ ኩሉ ሕጂ ካብዚ ኮምፒተር፡ ኣብቲ ዝቕጽል ምልውዋጥ ድማ ካብ ሰርቨርን ካብ ኩሎም ካልኦት ኮምፒተራትን ይድምሰስ፦ ዝርዝራት፡ መዘኻኸሪታት፡ ተተሓሒዞም ዘለዉ፡ ታሪኽ። ክምለስ ኣይክእልን። መዝገብ ምቁጽጻር ቁጽሪ ጉዳይን ምኽንያትካን ይሕዝ። ንስኻ ምዃንካ ንምርግጋጽ መሕለፊ ቃልካ ደጊምካ ጽሓፍ።</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>ደምስስ</translation>
    </message>
</context>
<context>
    <name>EvidenceWords</name>
    <message>
        <source>Same name</source>
        <translation>ሓደ ስም</translation>
    </message>
    <message>
        <source>Same name in another script (%1 ~ %2)</source>
        <translation>ብኻልእ ፊደል ሓደ ስም (%1 ~ %2)</translation>
    </message>
    <message>
        <source>Names sound alike (%1 ~ %2)</source>
        <translation>ኣስማት ተመሳሰልቲ ድምጺ ኣለዎም (%1 ~ %2)</translation>
    </message>
    <message>
        <source>Names somewhat alike (%1 ~ %2)</source>
        <translation>ኣስማት ቁሩብ ይመሳሰሉ (%1 ~ %2)</translation>
    </message>
    <message>
        <source>Names differ</source>
        <translation>ኣስማት ይፈላለዩ</translation>
    </message>
    <message>
        <source>Same date of birth</source>
        <translation>ሓደ ዕለት ልደት</translation>
    </message>
    <message>
        <source>Same date of birth, but 1 January (often written when only the year is known)</source>
        <translation>ሓደ ዕለት ልደት፡ ግን 1 ጥሪ (ዓመት ጥራይ ምስ ዝፍለጥ ብዙሕ ግዜ ዝጽሓፍ)</translation>
    </message>
    <message>
        <source>Same date of birth with day and month swapped</source>
        <translation>መዓልትን ወርሕን ተቐያይሮም ሓደ ዕለት ልደት</translation>
    </message>
    <message>
        <source>Born in the same year</source>
        <translation>ኣብ ሓደ ዓመት ዝተወልዱ</translation>
    </message>
    <message>
        <source>Born a year apart</source>
        <translation>ብሓደ ዓመት ተፈላልዮም ዝተወልዱ</translation>
    </message>
    <message>
        <source>Different dates of birth</source>
        <translation>ዝተፈላለየ ዕለት ልደት</translation>
    </message>
    <message>
        <source>Estimated ages fit each other</source>
        <translation>ግምታዊ ዕድመታት ይሰማምዑ</translation>
    </message>
    <message>
        <source>Estimated ages far apart</source>
        <translation>ግምታዊ ዕድመታት ኣዝዮም ይፈላለዩ</translation>
    </message>
    <message>
        <source>Age estimate %1 fits the date of birth</source>
        <translation>ግምታዊ ዕድመ %1 ምስ ዕለት ልደት ይሰማማዕ</translation>
    </message>
    <message>
        <source>Age estimate %1 does not fit the date of birth</source>
        <translation>ግምታዊ ዕድመ %1 ምስ ዕለት ልደት ኣይሰማማዕን</translation>
    </message>
    <message>
        <source>Same document number</source>
        <translation>ሓደ ቁጽሪ ሰነድ</translation>
    </message>
    <message>
        <source>Document numbers the same except for O/0 or I/1</source>
        <translation>ብዘይካ O/0 ወይ I/1 ሓደ ቁጽሪ ሰነድ</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>ሓደ ቁጽሪ ስልኪ</translation>
    </message>
    <message>
        <source>Same nationality (%1)</source>
        <translation>ሓደ ዜግነት (%1)</translation>
    </message>
    <message>
        <source>Different nationality (%1 / %2)</source>
        <translation>ዝተፈላለየ ዜግነት (%1 / %2)</translation>
    </message>
    <message>
        <source>Different sex recorded</source>
        <translation>ዝተፈላለየ ጾታ ተመዝጊቡ</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <source>Given name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>ስም ስድራ</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>ካልእ ኣስማት</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ጾታ</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>ጾታ (ማሕበራዊ)</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>ዝተወልደሉ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>ዕድመ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>ዜግነት</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ቋንቋታት</translation>
    </message>
    <message>
        <source>Functioning</source>
        <translation>ክእለት ምንቅስቓስ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ርክብ</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>ተርጓሚ የድሊ</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>ቋንቋ ቃለ-መሕተት</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>ሰነድ መንነት</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>ቁጽሪ ሰነድ</translation>
    </message>
    <message>
        <source>Document issued by</source>
        <translation>ሰነድ ዝሃበ</translation>
    </message>
    <message>
        <source>Who holds the document</source>
        <translation>ሰነድ ዝሓዘ</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>ቁጽሪ ጉዳይ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>ድሌታት</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>ዝተዋህቦ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>ብርኪ ሓደጋ</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>ዝተኸፍተሉ</translation>
    </message>
    <message>
        <source>Transfer to another site</source>
        <translation>ናብ ካልእ ቦታ ምስግጋር</translation>
    </message>
    <message>
        <source>Declined transfer</source>
        <translation>ዝተነጽገ ምስግጋር</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>ናብ ላዕሊ ምልዓል</translation>
    </message>
    <message>
        <source>Stage of migration</source>
        <translation>ደረጃ ስደት</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ሃገር</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <source>Leg started on</source>
        <translation>ጉዕዞ ዝጀመረሉ</translation>
    </message>
    <message>
        <source>Leg ended on</source>
        <translation>ጉዕዞ ዝተወድኣሉ</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>መጓዓዝያ</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ፍጻመታት</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>ሕቶታት</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>ሕታም ሕቶታት</translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation>ዝተመርመረሉ ዕለት</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>መልስታት</translation>
    </message>
    <message>
        <source>Level and reasons</source>
        <translation>ብርክን ምኽንያታትን</translation>
    </message>
    <message>
        <source>Kind of assistance</source>
        <translation>ዓይነት ሓገዝ</translation>
    </message>
    <message>
        <source>Assistance date</source>
        <translation>ዕለት ሓገዝ</translation>
    </message>
    <message>
        <source>Assistance given by</source>
        <translation>ሓገዝ ዝሃበ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ዝርዝር</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>ኣገልግሎት</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>ምኽንያት ምምሕልላፍ</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>ዝተመሓላለፈሉ</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>ኩነታት ምምሕልላፍ</translation>
    </message>
    <message>
        <source>Consent to this referral</source>
        <translation>ፍቓድ ንዚ ምምሕልላፍ</translation>
    </message>
    <message>
        <source>Consent purpose</source>
        <translation>ዕላማ ፍቓድ</translation>
    </message>
    <message>
        <source>Service consented to</source>
        <translation>ፍቓድ ዝተዋህቦ ኣገልግሎት</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>ፍቓድ ዝሃበ</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>ቅጥዒ ፍቓድ</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>ፍቓድ ዝተዋህበሉ ዕለት</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>ኣርእስቲ ዕማም</translation>
    </message>
    <message>
        <source>Task due date</source>
        <translation>ቆጸራ ዕማም</translation>
    </message>
    <message>
        <source>Task assigned to</source>
        <translation>ዕማም ዝተዋህቦ</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>ዕማም ተፈጺሙ</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>ጽሑፍ መዘኻኸሪ</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>ምስጢራዊ</translation>
    </message>
    <message>
        <source>Note written by</source>
        <translation>መዘኻኸሪ ዝጸሓፈ</translation>
    </message>
    <message>
        <source>Note written on</source>
        <translation>መዘኻኸሪ ዝተጻሕፈሉ</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>ዝምድና</translation>
    </message>
    <message>
        <source>Linked case</source>
        <translation>ዝተኣሳሰረ ጉዳይ</translation>
    </message>
    <message>
        <source>Household member&apos;s name</source>
        <translation>ስም ኣባል ስድራ ቤት</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>ዓይነት ፋይል</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>ቅርጺ ፋይል</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>ዓቐን ፋይል</translation>
    </message>
    <message>
        <source>File contents</source>
        <translation>ትሕዝቶ ፋይል</translation>
    </message>
    <message>
        <source>File label</source>
        <translation>ስም ፋይል</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>ፍቓድ ተሰሒቡ</translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message>
        <source>Please correct the fields marked above.</source>
        <translation>በጃኻ ኣብ ላዕሊ ምልክት ዝተገብረሎም ቦታታት ኣስተኻኽል።</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>ብዙሕ ዘይተዓወተ ፈተነታት። ድሕሪ %Ln ካልኢት ደጊምካ ፈትን።</numerusform>
            <numerusform>ብዙሕ ዘይተዓወተ ፈተነታት። ድሕሪ %Ln ካልኢት ደጊምካ ፈትን።</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>ስም ተጠቃሚኻ ኣእቱ።</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>መሕለፊ ቃልካ ኣእቱ።</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>ብዙሕ ጌጋ መሕለፊ ቃላት። ድሕሪ %Ln ካልኢት ደጊምካ ፈትን።</numerusform>
            <numerusform>ብዙሕ ጌጋ መሕለፊ ቃላት። ድሕሪ %Ln ካልኢት ደጊምካ ፈትን።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderWords</name>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln ክትትል</numerusform>
            <numerusform>%Ln ክትትላት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the oldest by %Ln day(s)</source>
        <translation>
            <numerusform>እቲ ዝነውሐ ብ%Ln መዓልቲ</numerusform>
            <numerusform>እቲ ዝነውሐ ብ%Ln መዓልታት</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>When</source>
        <translation>መዓስ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>መን</translation>
    </message>
    <message>
        <source>What</source>
        <translation>እንታይ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ታሪኽ</translation>
    </message>
    <message>
        <source>What was done to this case on this laptop. Other laptops keep their own history.</source>
        <translation>ኣብዚ ኮምፒተር ኣብዚ ጉዳይ ዝተገብረ። ካልኦት ኮምፒተራት ናቶም ታሪኽ ይሕዙ።</translation>
    </message>
    <message>
        <source>The newest %1 events are listed; older ones are in the audit log.</source>
        <translation>እቶም ሓደሽቲ %1 ፍጻመታት ተዘርዚሮም፤ ዝኣረጉ ኣብ መዝገብ ምቁጽጻር ኣለዉ።</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Registered the person</source>
        <translation>ነቲ ሰብ መዝጊቡ</translation>
    </message>
    <message>
        <source>Opened the case</source>
        <translation>ነቲ ጉዳይ ከፊቱ</translation>
    </message>
    <message>
        <source>Changed the case</source>
        <translation>ነቲ ጉዳይ ቀይሩ</translation>
    </message>
    <message>
        <source>Proposed a transfer to another site</source>
        <translation>ናብ ካልእ ቦታ ምስግጋር ኣቕሪቡ</translation>
    </message>
    <message>
        <source>Withdrew the transfer</source>
        <translation>ነቲ ምስግጋር ስሒቡ</translation>
    </message>
    <message>
        <source>Accepted the transfer to this site</source>
        <translation>ናብዚ ቦታ ምስግጋር ተቐቢሉ</translation>
    </message>
    <message>
        <source>Declined the transfer</source>
        <translation>ነቲ ምስግጋር ነጺጉ</translation>
    </message>
    <message>
        <source>Escalated the case to a supervisor</source>
        <translation>ነቲ ጉዳይ ናብ ተቖጻጻሪ ኣልዒሉ</translation>
    </message>
    <message>
        <source>Cleared the escalation</source>
        <translation>ነቲ ምልዓል ወዲኡ</translation>
    </message>
    <message>
        <source>Removed an entry</source>
        <translation>ሓደ መእተዊ ኣልጊሱ</translation>
    </message>
    <message>
        <source>Removed the case from this laptop</source>
        <translation>ነቲ ጉዳይ ካብዚ ኮምፒተር ኣልጊሱ</translation>
    </message>
    <message>
        <source>Added a file</source>
        <translation>ፋይል ወሲኹ</translation>
    </message>
    <message>
        <source>Looked at a file</source>
        <translation>ፋይል ርእዩ</translation>
    </message>
    <message>
        <source>Removed a file</source>
        <translation>ፋይል ኣልጊሱ</translation>
    </message>
    <message>
        <source>Settled a conflict</source>
        <translation>ዘይምስምማዕ ፈቲሑ</translation>
    </message>
    <message>
        <source>Printed a referral</source>
        <translation>ምምሕልላፍ ሓቲሙ</translation>
    </message>
    <message>
        <source>Printed a case summary</source>
        <translation>ጽማቕ ጉዳይ ሓቲሙ</translation>
    </message>
    <message>
        <source>Sent a refused change again</source>
        <translation>ዝተነጽገ ለውጢ ደጊሙ ሰዲዱ</translation>
    </message>
    <message>
        <source>Dropped a refused change</source>
        <translation>ዝተነጽገ ለውጢ ገዲፉ</translation>
    </message>
    <message>
        <source>Exported cases</source>
        <translation>ጉዳያት ኣውጺኡ</translation>
    </message>
    <message>
        <source>Exported everything held about the person (subject access)</source>
        <translation>ብዛዕባ እቲ ሰብ ዝተታሕዘ ኩሉ ኣውጺኡ (ሕቶ ዋና ሓበሬታ)</translation>
    </message>
    <message>
        <source>Wrote an anonymised report (HTCDS)</source>
        <translation>ስም ዘይብሉ ጸብጻብ ጽሒፉ (HTCDS)</translation>
    </message>
    <message>
        <source>Wrote an anonymised report (HXL)</source>
        <translation>ስም ዘይብሉ ጸብጻብ ጽሒፉ (HXL)</translation>
    </message>
    <message>
        <source>Saved a dashboard chart</source>
        <translation>ቻርት ሰሌዳ ዓቂቡ</translation>
    </message>
    <message>
        <source>Unlocked FieldCase</source>
        <translation>FieldCase ከፊቱ</translation>
    </message>
    <message>
        <source>Opened the audit log</source>
        <translation>መዝገብ ምቁጽጻር ከፊቱ</translation>
    </message>
    <message>
        <source>Signed in to the server</source>
        <translation>ናብ ሰርቨር ኣትዩ</translation>
    </message>
    <message>
        <source>Synced with the server</source>
        <translation>ምስ ሰርቨር ተለዋዊጡ</translation>
    </message>
    <message>
        <source>Kept a draft</source>
        <translation>ንድፊ ዓቂቡ</translation>
    </message>
    <message>
        <source>Discarded a draft</source>
        <translation>ንድፊ ገዲፉ</translation>
    </message>
    <message>
        <source>Added a user to this laptop</source>
        <translation>ኣብዚ ኮምፒተር ተጠቃሚ ወሲኹ</translation>
    </message>
    <message>
        <source>Removed a user from this laptop</source>
        <translation>ካብዚ ኮምፒተር ተጠቃሚ ኣልጊሱ</translation>
    </message>
    <message>
        <source>Set up FieldCase on this laptop</source>
        <translation>FieldCase ኣብዚ ኮምፒተር ኣዳልዩ</translation>
    </message>
    <message>
        <source>Added demonstration cases</source>
        <translation>ናይ ፈተነ ጉዳያት ወሲኹ</translation>
    </message>
    <message>
        <source>Another action (%1)</source>
        <translation>ካልእ ተግባር (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln record(s))</source>
        <translation>
            <numerusform>%1 (%Ln መዝገብ)</numerusform>
            <numerusform>%1 (%Ln መዛግብ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln case(s))</source>
        <translation>
            <numerusform>%1 (%Ln ጉዳይ)</numerusform>
            <numerusform>%1 (%Ln ጉዳያት)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln conflict(s) to settle</source>
        <translation>
            <numerusform>%1፡ ዝፍታሕ %Ln ዘይምስምማዕ</numerusform>
            <numerusform>%1፡ ዝፍትሑ %Ln ዘይምስምማዓት</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdSection</name>
    <message>
        <source>Relationship</source>
        <translation>ዝምድና</translation>
    </message>
    <message>
        <source>Name or case</source>
        <translation>ስም ወይ ጉዳይ</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>ስድራ ቤት</translation>
    </message>
    <message>
        <source>No household members or companions recorded.</source>
        <translation>ዝተመዝገቡ ኣባላት ስድራ ቤት ወይ መጋየሽቲ የለዉን።</translation>
    </message>
    <message>
        <source>Link a member</source>
        <translation>ኣባል ኣተሓሕዝ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ምረጽ…</translation>
    </message>
    <message>
        <source>FC-…</source>
        <translation>FC-…</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>ድለ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>ዝምድና(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ስም(&amp;N)</translation>
    </message>
    <message>
        <source>Their own &amp;case number</source>
        <translation>ናቱ ቁጽሪ ጉዳይ(&amp;C)</translation>
    </message>
    <message>
        <source>Their own case number</source>
        <translation>ናቱ ቁጽሪ ጉዳይ</translation>
    </message>
    <message>
        <source>(name not given)</source>
        <translation>(ስም ኣይተዋህበን)</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>ጉዳይ %1</translation>
    </message>
    <message>
        <source>a linked case you cannot open</source>
        <translation>ክትከፍቶ ዘይትኽእል ዝተኣሳሰረ ጉዳይ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Guardian: %1.</source>
        <translation>ኣላዪ፦ %1።</translation>
    </message>
    <message>
        <source>No guardian recorded: link the guardian below, or say why there is none in a note.</source>
        <translation>ዝተመዝገበ ኣላዪ የለን፦ ነቲ ኣላዪ ኣብ ታሕቲ ኣተሓሕዞ፡ ወይ ስለምንታይ ከም ዘየሎ ብመዘኻኸሪ ግለጽ።</translation>
    </message>
    <message>
        <source>⚑ %1. %2</source>
        <translation>⚑ %1። %2</translation>
    </message>
    <message>
        <source>Linked to case %1.</source>
        <translation>ምስ ጉዳይ %1 ተኣሳሲሩ።</translation>
    </message>
</context>
<context>
    <name>JourneySection</name>
    <message>
        <source>Place</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ሃገር</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>ዕለታት</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>መጓዓዝያ</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ፍጻመታት</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>ጉዕዞ</translation>
    </message>
    <message>
        <source>No journey recorded yet.</source>
        <translation>ገና ዝተመዝገበ ጉዕዞ የለን።</translation>
    </message>
    <message>
        <source>&amp;Correct the selected leg</source>
        <translation>ነቲ ዝተመርጸ ክፋል ጉዕዞ ኣርም(&amp;C)</translation>
    </message>
    <message>
        <source>Add a &amp;new leg</source>
        <translation>ሓድሽ ክፋል ጉዕዞ ወስኽ(&amp;N)</translation>
    </message>
    <message>
        <source>New leg</source>
        <translation>ሓድሽ ክፋል ጉዕዞ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ምረጽ…</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>ገና ኣብኡ</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>ደረጃ(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>ሃገር(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>ቦታ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>ካብ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>ክሳብ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Means</source>
        <translation>መጓዓዝያ(&amp;M)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(place not given)</source>
        <translation>(ቦታ ኣይተዋህበን)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ክሳብ %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>ካብ %1</translation>
    </message>
    <message>
        <source>Correct this leg</source>
        <translation>ነዚ ክፋል ጉዕዞ ኣርም</translation>
    </message>
</context>
<context>
    <name>LeaseWords</name>
    <message numerus="yes">
        <source>Sync within %Ln day(s): after that this laptop will ask you to sign in to the server before anything else.</source>
        <translation>
            <numerusform>ኣብ ውሽጢ %Ln መዓልቲ ለዋወጥ፦ ድሕሪኡ እዚ ኮምፒተር ቅድሚ ኩሉ ናብ ሰርቨር ክትኣቱ ክሓተካ እዩ።</numerusform>
            <numerusform>ኣብ ውሽጢ %Ln መዓልታት ለዋወጥ፦ ድሕሪኡ እዚ ኮምፒተር ቅድሚ ኩሉ ናብ ሰርቨር ክትኣቱ ክሓተካ እዩ።</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is behind a time it has already seen; connect and sign in to the server before working on cases (it will say how far off the clock is).</source>
        <translation>ሰዓት ናይዚ ኮምፒተር ካብ ዝረኣዮ ግዜ ንድሕሪት እዩ፤ ኣብ ጉዳያት ቅድሚ ምስራሕካ ተራኸብን ናብ ሰርቨር እቶን (ሰዓት ክንደይ ከም ዝተጋገየ ክነግረካ እዩ)።</translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s); connect and sign in to the server before working on cases.</source>
        <translation>
            <numerusform>እዚ ኮምፒተር ን%Ln መዓልቲ ኣይተራኸበን፤ ኣብ ጉዳያት ቅድሚ ምስራሕካ ተራኸብን ናብ ሰርቨር እቶን።</numerusform>
            <numerusform>እዚ ኮምፒተር ን%Ln መዓልታት ኣይተራኸበን፤ ኣብ ጉዳያት ቅድሚ ምስራሕካ ተራኸብን ናብ ሰርቨር እቶን።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterWords</name>
    <message>
        <source>about %1 years</source>
        <translation>ኣስታት %1 ዓመት</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ዘይፍለጥ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ጾታ</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>ዝተወልደሉ / ዕድመ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>ዜግነት</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ቋንቋታት</translation>
    </message>
    <message>
        <source>Given on %1 (%2, %3)</source>
        <translation>ኣብ %1 ተዋሂቡ (%2፡ %3)</translation>
    </message>
    <message>
        <source>No consent to this referral is recorded.</source>
        <translation>ንዚ ምምሕልላፍ ዝተመዝገበ ፍቓድ የለን።</translation>
    </message>
    <message>
        <source>Case number to quote</source>
        <translation>ዝጥቀስ ቁጽሪ ጉዳይ</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>ዝተመሓላለፈሉ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>Consent to this referral</source>
        <translation>ፍቓድ ንዚ ምምሕልላፍ</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>ዘመሓላለፎ</translation>
    </message>
    <message>
        <source>%1, site %2</source>
        <translation>%1፡ ቦታ %2</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>ዝተሓትመሉ</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>ምምሕልላፍ ናብ %1</translation>
    </message>
    <message>
        <source>Confidential: for the receiving service only. Do not copy or pass on.</source>
        <translation>ምስጢራዊ፦ ነቲ ዝቕበል ኣገልግሎት ጥራይ። ኣይትቕዳሕ ወይ ኣይተሕልፍ።</translation>
    </message>
    <message>
        <source>The person referred</source>
        <translation>እቲ ዝተመሓላለፈ ሰብ</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>ምኽንያት ምምሕልላፍ</translation>
    </message>
    <message>
        <source>The referral</source>
        <translation>እቲ ምምሕልላፍ</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>እቲ ኣገልግሎት</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ምምሕልላፍ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FieldCase — %1 — demo</source>
        <translation>FieldCase — %1 — ፈተነ</translation>
    </message>
    <message>
        <source>FieldCase — %1</source>
        <translation>FieldCase — %1</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>እቶ…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ምለስ</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>ቀንዲ</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3)</source>
        <translation>ከም %1 ኣቲኻ ኣለኻ (%2፡ %3)</translation>
    </message>
    <message>
        <source>Close FieldCase</source>
        <translation>FieldCase ዕጸው</translation>
    </message>
    <message>
        <source>Your unsaved changes could not be kept as a draft: %1 Close anyway and lose them?</source>
        <translation>ዘይተዓቀቡ ለውጥታትካ ከም ንድፊ ክዕቀቡ ኣይከኣሉን፦ %1 ብዝኾነ ዕጸውን ኣጥፍኦምን?</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>ዕጸውን ኣጥፍኦምን</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>ጽናሕ</translation>
    </message>
    <message>
        <source>About FieldCase</source>
        <translation>ብዛዕባ FieldCase</translation>
    </message>
    <message>
        <source>FieldCase %1: offline case management for frontline workers protecting people on the move. Free software under the GNU LGPL, version 3 or later.</source>
        <translation>FieldCase %1፦ ንሰራሕተኛታት ግንባር ቀደም ንስደተኛታት ዝከላኸሉ፡ ብዘይ ኢንተርነት ዝሰርሕ ምሕደራ ጉዳያት። ናጻ ሶፍትዌር ብ GNU LGPL፡ ሕታም 3 ወይ ዝሓለፈ።</translation>
    </message>
    <message>
        <source>Sign in to see cases</source>
        <translation>ጉዳያት ንምርኣይ እቶ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ይጽዕን ኣሎ…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln ተረኺቡ</numerusform>
            <numerusform>%Ln ተረኺቦም</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) · %1 overdue</source>
        <translation>
            <numerusform>%Ln ጉዳይ · %1 ግዜኦም ዝሓለፉ</numerusform>
            <numerusform>%Ln ጉዳያት · %1 ግዜኦም ዝሓለፉ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <source>%1 (also %2)</source>
        <translation>%1 (ከምኡ&apos;ውን %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>ዝተወልደሉ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>ዜግነት</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ጾታ</translation>
    </message>
    <message>
        <source>This registration</source>
        <translation>እዚ ምዝገባ</translation>
    </message>
    <message>
        <source>Why it may be the same person:</source>
        <translation>ስለምንታይ ሓደ ሰብ ክኸውን ይኽእል፦</translation>
    </message>
    <message>
        <source>Same person: open %1</source>
        <translation>ሓደ ሰብ፦ %1 ክፈት</translation>
    </message>
    <message>
        <source>Different person: continue</source>
        <translation>ካልእ ሰብ፦ ቀጽል</translation>
    </message>
    <message>
        <source>Possible match %1</source>
        <translation>ክኸውን ዝኽእል %1</translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <source>Already registered?</source>
        <translation>ድሮ ተመዝጊቡ ድዩ?</translation>
    </message>
    <message>
        <source>Type the person&apos;s name: people already registered on this laptop who may be them are shown here before you save.</source>
        <translation>ስም እቲ ሰብ ጽሓፍ፦ ቅድሚ ምዕቃብካ፡ ኣብዚ ኮምፒተር ድሮ ዝተመዝገቡ እቲ ሰብ ክኾኑ ዝኽእሉ ኣብዚ ይርኣዩ።</translation>
    </message>
    <message>
        <source>Looking for people already registered…</source>
        <translation>ድሮ ዝተመዝገቡ ሰባት ይደሊ ኣሎ…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible match(es). Compare, then say for each whether it is the same person.</source>
        <translation>
            <numerusform>%Ln ክኸውን ዝኽእል። ኣወዳድር፡ ደሓር ሓደ ሰብ ምዃኑ ንነፍሲ ወከፍ ግለጽ።</numerusform>
            <numerusform>%Ln ክኾኑ ዝኽእሉ። ኣወዳድር፡ ደሓር ሓደ ሰብ ምዃኖም ንነፍሲ ወከፍ ግለጽ።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in cases you cannot open: ask your supervisor.</source>
        <translation>
            <numerusform>ተወሳኺ %Ln ኣብ ክትከፍቶም ዘይትኽእል ጉዳያት፦ ንተቖጻጻሪኻ ሕተት።</numerusform>
            <numerusform>ተወሳኺ %Ln ኣብ ክትከፍቶም ዘይትኽእል ጉዳያት፦ ንተቖጻጻሪኻ ሕተት።</numerusform>
        </translation>
    </message>
    <message>
        <source>Every possible match is marked as a different person: you can register.</source>
        <translation>ኩሎም ክኾኑ ዝኽእሉ ከም ካልእ ሰብ ተመልኪቶም፦ ክትምዝግብ ትኽእል ኢኻ።</translation>
    </message>
    <message>
        <source>No one already registered on this laptop looks like this person.</source>
        <translation>ኣብዚ ኮምፒተር ድሮ ዝተመዝገበ ነዚ ሰብ ዝመስል የለን።</translation>
    </message>
    <message>
        <source>Marked as a different person: %1</source>
        <translation>ከም ካልእ ሰብ ተመልኪቱ፦ %1</translation>
    </message>
</context>
<context>
    <name>MatchWords</name>
    <message numerus="yes">
        <source>about %Ln year(s) old</source>
        <translation>
            <numerusform>ኣስታት %Ln ዓመት</numerusform>
            <numerusform>ኣስታት %Ln ዓመታት</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ዘይፍለጥ</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>FieldCase is locked. Unlock it to continue.</source>
        <translation>FieldCase ተቖሊፉ ኣሎ። ንምቕጻል ክፈቶ።</translation>
    </message>
    <message>
        <source>That case is not on this device. It may have been erased, or not synced yet.</source>
        <translation>እቲ ጉዳይ ኣብዚ ኮምፒተር የለን። ተደምሲሱ ወይ ገና ዘይተለዋወጠ ክኸውን ይኽእል።</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>እቲ ዲስክ መሊኡ፡ ስለዚ ዝተዓቀበ የለን። ቦታ ኣጽሪኻ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>The case store is damaged. Do not delete anything; contact your administrator.</source>
        <translation>መዕቀቢ ጉዳያት ተበላሺዩ። ዝኾነ ኣይትደምስስ፤ ንኣማሓዳሪኻ ተወከስ።</translation>
    </message>
    <message>
        <source>The case store can only be read here, so nothing was saved. Contact your administrator.</source>
        <translation>መዕቀቢ ጉዳያት ኣብዚ ንምንባብ ጥራይ እዩ፡ ስለዚ ዝተዓቀበ የለን። ንኣማሓዳሪኻ ተወከስ።</translation>
    </message>
    <message>
        <source>The case store could not be upgraded. Contact your administrator.</source>
        <translation>መዕቀቢ ጉዳያት ክሓድስ ኣይከኣለን። ንኣማሓዳሪኻ ተወከስ።</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>ጌጋ ስም ተጠቃሚ ወይ መሕለፊ ቃል።</translation>
    </message>
    <message>
        <source>That is not your server passphrase. Check it and try again (it is the one your administrator set on the server, not this laptop&apos;s).</source>
        <translation>እዚ መሕለፊ ቃል ሰርቨርካ ኣይኮነን። ኣረጋግጽካ ደጊምካ ፈትን (እቲ ኣማሓዳሪኻ ኣብ ሰርቨር ዘቐመጦ እዩ፡ ናይዚ ኮምፒተር ኣይኮነን)።</translation>
    </message>
    <message>
        <source>No connection. Your changes are kept on this laptop; sync again later.</source>
        <translation>ርክብ የለን። ለውጥታትካ ኣብዚ ኮምፒተር ተዓቂቦም ኣለዉ፤ ደሓር ደጊምካ ለዋወጥ።</translation>
    </message>
    <message>
        <source>The server did not accept this laptop&apos;s sign-in. Your changes are kept on this laptop; ask your administrator to enrol it again.</source>
        <translation>እቲ ሰርቨር ምእታው ናይዚ ኮምፒተር ኣይተቐበሎን። ለውጥታትካ ኣብዚ ኮምፒተር ተዓቂቦም ኣለዉ፤ ኣማሓዳሪኻ ደጊሙ ከመዝግቦ ሕተቶ።</translation>
    </message>
    <message>
        <source>The server had a problem. Your changes are kept on this laptop; sync again later.</source>
        <translation>እቲ ሰርቨር ጸገም ኣጋጢምዎ። ለውጥታትካ ኣብዚ ኮምፒተር ተዓቂቦም ኣለዉ፤ ደሓር ደጊምካ ለዋወጥ።</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. Your changes are kept on this laptop; tell your administrator if this keeps happening.</source>
        <translation>መልሲ እቲ ሰርቨር ክርዳእ ኣይከኣለን። ለውጥታትካ ኣብዚ ኮምፒተር ተዓቂቦም ኣለዉ፤ እንተ ቐጺሉ ንኣማሓዳሪኻ ንገሮ።</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing was lost.</source>
        <translation>ምልውዋጥ ተሰሪዙ። ዝጠፍአ የለን።</translation>
    </message>
    <message>
        <source>This laptop&apos;s cases are older than what it already sent to the server: changes made here before are missing on this laptop (the server still has them). Nothing was sent. Stop working on this laptop&apos;s cases and tell your administrator.</source>
        <translation>ጉዳያት ናይዚ ኮምፒተር ካብቲ ድሮ ናብ ሰርቨር ዝለኣኾ ዝኣረጉ እዮም፦ ቅድሚ ሕጂ ኣብዚ ዝተገብሩ ለውጥታት ኣብዚ ኮምፒተር የለዉን (ሰርቨር ገና ይሕዞም)። ዝተላእከ የለን። ኣብ ጉዳያት ናይዚ ኮምፒተር ምስራሕ ኣቋርጽ፡ ንኣማሓዳሪኻ ንገሮ።</translation>
    </message>
    <message>
        <source>Your organisation revoked this laptop, so it has erased its cases. Set it up again only if your administrator asks you to.</source>
        <translation>ትካልካ ነዚ ኮምፒተር ሰሪዛቶ፡ ስለዚ ጉዳያቱ ደምሲሱ። ኣማሓዳሪኻ እንተ ሓቲቱካ ጥራይ ደጊምካ ኣዳልዎ።</translation>
    </message>
    <message>
        <source>The server says this laptop is revoked, but the erase instruction did not check out, so nothing was erased. Tell your administrator now.</source>
        <translation>እቲ ሰርቨር እዚ ኮምፒተር ተሰሪዙ ይብል፡ ግን መምርሒ ምድምሳስ ኣይተረጋገጸን፡ ስለዚ ዝተደምሰሰ የለን። ሕጂ ንኣማሓዳሪኻ ንገሮ።</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln መዓልቲ</numerusform>
            <numerusform>%Ln መዓልታት</numerusform>
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
            <numerusform>%Ln ደቒቕ</numerusform>
            <numerusform>%Ln ደቓይቕ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln ካልኢት</numerusform>
            <numerusform>%Ln ካልኢታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many enrolment attempts from this network. Wait %Ln minute(s), then try again.</source>
        <translation>
            <numerusform>ካብዚ መርበብ ብዙሕ ፈተነታት ምዝገባ። %Ln ደቒቕ ተጸበ፡ ደሓር ደጊምካ ፈትን።</numerusform>
            <numerusform>ካብዚ መርበብ ብዙሕ ፈተነታት ምዝገባ። %Ln ደቓይቕ ተጸበ፡ ደሓር ደጊምካ ፈትን።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to correct. The first: %1</source>
        <translation>
            <numerusform>ዝእረም %Ln ጸገም። እቲ ቀዳማይ፦ %1</numerusform>
            <numerusform>ዝእረሙ %Ln ጸገማት። እቲ ቀዳማይ፦ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock refused. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>ምኽፋት ተነጺጉ። ድሕሪ %Ln ካልኢት ደጊምካ ፈትን።</numerusform>
            <numerusform>ምኽፋት ተነጺጉ። ድሕሪ %Ln ካልኢታት ደጊምካ ፈትን።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong server passphrases on this laptop. Wait %Ln minute(s), then try again.</source>
        <translation>
            <numerusform>ኣብዚ ኮምፒተር ብዙሕ ጌጋ መሕለፊ ቃላት ሰርቨር። %Ln ደቒቕ ተጸበ፡ ደሓር ደጊምካ ፈትን።</numerusform>
            <numerusform>ኣብዚ ኮምፒተር ብዙሕ ጌጋ መሕለፊ ቃላት ሰርቨር። %Ln ደቓይቕ ተጸበ፡ ደሓር ደጊምካ ፈትን።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s). Connect and sign in to the server before working on cases.</source>
        <translation>
            <numerusform>እዚ ኮምፒተር ን%Ln መዓልቲ ኣይተራኸበን። ኣብ ጉዳያት ቅድሚ ምስራሕካ ተራኸብን ናብ ሰርቨር እቶን።</numerusform>
            <numerusform>እዚ ኮምፒተር ን%Ln መዓልታት ኣይተራኸበን። ኣብ ጉዳያት ቅድሚ ምስራሕካ ተራኸብን ናብ ሰርቨር እቶን።</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two units of a length of time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock does not agree with the server&apos;s. Set the date and time, then sync again. Your changes are kept on this laptop.</source>
        <translation>ሰዓት ናይዚ ኮምፒተር ምስ ናይ ሰርቨር ኣይሰማማዕን። ዕለትን ሰዓትን ኣስተኻኽል፡ ደሓር ደጊምካ ለዋወጥ። ለውጥታትካ ኣብዚ ኮምፒተር ተዓቂቦም ኣለዉ።</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is %1 ahead of the server&apos;s. Set the date and time, then sync again. Your changes are kept on this laptop.</source>
        <translation>ሰዓት ናይዚ ኮምፒተር ካብ ናይ ሰርቨር ብ%1 ይቕድም። ዕለትን ሰዓትን ኣስተኻኽል፡ ደሓር ደጊምካ ለዋወጥ። ለውጥታትካ ኣብዚ ኮምፒተር ተዓቂቦም ኣለዉ።</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is %1 behind the server&apos;s. Set the date and time, then sync again. Your changes are kept on this laptop.</source>
        <translation>ሰዓት ናይዚ ኮምፒተር ካብ ናይ ሰርቨር ብ%1 ይድሕር። ዕለትን ሰዓትን ኣስተኻኽል፡ ደሓር ደጊምካ ለዋወጥ። ለውጥታትካ ኣብዚ ኮምፒተር ተዓቂቦም ኣለዉ።</translation>
    </message>
    <message>
        <source>The server&apos;s key is not the one your administrator gave you, so nothing was kept. Tell your administrator.</source>
        <translation>መፍትሕ እቲ ሰርቨር እቲ ኣማሓዳሪኻ ዝሃበካ ኣይኮነን፡ ስለዚ ዝተዓቀበ የለን። ንኣማሓዳሪኻ ንገሮ።</translation>
    </message>
    <message>
        <source>Another laptop already numbers its cases the way this one does, so nothing was kept. Tell your administrator; this laptop&apos;s cases are safe.</source>
        <translation>ካልእ ኮምፒተር ጉዳያቱ ከምዚ ኮምፒተር ድሮ ይቖጽር፡ ስለዚ ዝተዓቀበ የለን። ንኣማሓዳሪኻ ንገሮ፤ ጉዳያት ናይዚ ኮምፒተር ውሑሳት እዮም።</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not check out, so nothing was kept. Check the address; if it happens again, tell your administrator.</source>
        <translation>መልሲ እቲ ሰርቨር ኣይተረጋገጸን፡ ስለዚ ዝተዓቀበ የለን። ነቲ ኣድራሻ ኣረጋግጽ፤ እንተ ተደጊሙ ንኣማሓዳሪኻ ንገሮ።</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is behind a time it has already seen. Connect and sign in to the server before working on cases.</source>
        <translation>ሰዓት ናይዚ ኮምፒተር ካብ ዝረኣዮ ግዜ ንድሕሪት እዩ። ኣብ ጉዳያት ቅድሚ ምስራሕካ ተራኸብን ናብ ሰርቨር እቶን።</translation>
    </message>
    <message>
        <source>The server needs you to sign in again before this laptop syncs.</source>
        <translation>እዚ ኮምፒተር ቅድሚ ምልውዋጡ እቲ ሰርቨር ደጊምካ ክትኣቱ ይደሊ።</translation>
    </message>
    <message>
        <source>Another device&apos;s clock is %1 ahead of this one. Check this laptop&apos;s date, time and time zone.</source>
        <translation>ሰዓት ካልእ መሳርሒ ካብዚ ብ%1 ይቕድም። ዕለት፡ ሰዓትን ክልል ሰዓትን ናይዚ ኮምፒተር ኣረጋግጽ።</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>ኣይተፈጸመን፦ %1</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Try again; if it keeps happening, tell your administrator.</source>
        <translation>ገለ ነገር ተጋጊዩ (%1)። ደጊምካ ፈትን፤ እንተ ቐጺሉ ንኣማሓዳሪኻ ንገሮ።</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>ሓድሽ መሕለፊ ቃል(&amp;N)</translation>
    </message>
    <message>
        <source>New passphrase a&amp;gain</source>
        <translation>ሓድሽ መሕለፊ ቃል ደጊምካ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation>መሕለፊ ቃል ኣቕርበለይ(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;how the new passphrase</source>
        <translation>ነቲ ሓድሽ መሕለፊ ቃል ኣርኢ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Notes</source>
        <translation>መዘኻኸሪታት</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>ሓድሽ መዘኻኸሪ</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>መዘኻኸሪ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Confidential: only the assigned worker and the team&apos;s supervisors see it</source>
        <translation>ምስጢራዊ(&amp;C)፦ እቲ ዝተዋህቦ ሰራሕተኛን ተቖጻጸርቲ እቲ ጉጅለን ጥራይ ይርእይዎ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>ምስጢራዊ</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>ዕጸው</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Yes</source>
        <translation>እወ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ኣይፋል</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>ካልእ ኣስማት</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ጾታ</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>ዝተወልደሉ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>ዕድመ</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>ኣስታት %1 ዓመት</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>ዜግነት</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ቋንቋታት</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>ተርጓሚ የድሊ</translation>
    </message>
    <message>
        <source>Yes, in %1</source>
        <translation>እወ፡ ብ%1</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>ቋንቋ ቃለ-መሕተት</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ስልኪ</translation>
    </message>
    <message>
        <source>Other ways to reach</source>
        <translation>ካልእ መንገድታት ርክብ</translation>
    </message>
    <message>
        <source>Safe to contact</source>
        <translation>ምርኻብ ውሑስ እዩ</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>ሰነዳት መንነት</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ሰብ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>ሓደጋ</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>ኣይተመርመረን</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>ድሌታት</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>ዝተዋህቦ</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>ሓደ&apos;ኳ</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>ዝተኸፍተሉ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ጉዳይ</translation>
    </message>
    <message>
        <source>To %1, proposed by %2; it moves when a supervisor there accepts.</source>
        <translation>ናብ %1፡ ብ%2 ዝቐረበ፤ ተቖጻጻሪ ናይቲ ቦታ ምስ ተቐበሎ ይሰጋገር።</translation>
    </message>
    <message>
        <source>Transfer waiting</source>
        <translation>ምስግጋር ይጽበ</translation>
    </message>
    <message>
        <source>Transfer declined</source>
        <translation>ምስግጋር ተነጺጉ</translation>
    </message>
    <message>
        <source>To %1, by %2: %3</source>
        <translation>ናብ %1፡ ብ%2፦ %3</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>ናብ ላዕሊ ተላዒሉ</translation>
    </message>
    <message>
        <source>By %1: %2</source>
        <translation>ብ%1፦ %2</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>ክትትላት</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1፦ %2</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>ተዋሂቡ</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>ተሰሒቡ</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>ፍቓዳት</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>ኣይተገምገመን</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (ኣብ %2)</translation>
    </message>
    <message>
        <source>%1 — a supervisor should review it</source>
        <translation>%1 — ተቖጻጻሪ ክርእዮ ኣለዎ</translation>
    </message>
    <message>
        <source>Latest screening</source>
        <translation>ናይ መወዳእታ ምርመራ</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ክሳብ %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ሕጂ</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>ጉዕዞ</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ምምሕልላፋት</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>ምስጢራዊ</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>ናይ መወዳእታ መዘኻኸሪ</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Overview</source>
        <translation>ሓፈሻዊ</translation>
    </message>
</context>
<context>
    <name>PageWords</name>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>ብ%1 ኣብ %2 ተሓቲሙ</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>ምስጢራዊ</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · ገጽ %2 ካብ %3</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %Ln problem(s) to fix.</source>
        <translation>
            <numerusform>ኣይተዓቀበን፦ ዝዕረ %Ln ጸገም።</numerusform>
            <numerusform>ኣይተዓቀበን፦ ዝዕረዩ %Ln ጸገማት።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonSection</name>
    <message>
        <source>One name a line, in any script</source>
        <translation>ኣብ ሓደ መስመር ሓደ ስም፡ ብዝኾነ ፊደል</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ዘይፍለጥ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>ወስኽ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ኣልግስ</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>ኣይተመርጸን</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>ቋንቋ ወስኽ</translation>
    </message>
    <message>
        <source>Type a language to add</source>
        <translation>ዝውሰኽ ቋንቋ ጽሓፍ</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>ዝዛረቦም ቋንቋታት</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>ኣስማት</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>ስም(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>ስም ስድራ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation>ካልእ ኣስማት(&amp;O)</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>ብዛዕባ እቲ ሰብ</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>ጾታ(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Born on</source>
        <translation>ዝተወልደሉ(&amp;B)</translation>
    </message>
    <message>
        <source>Age (&amp;estimate)</source>
        <translation>ዕድመ (ግምት)(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>ዜግነት(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>ቋንቋታት(&amp;L)</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>ቃለ-መሕተት</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>ተርጓሚ የድሊ(&amp;I)</translation>
    </message>
    <message>
        <source>Interview lan&amp;guage</source>
        <translation>ቋንቋ ቃለ-መሕተት(&amp;G)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ርክብ</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ስልኪ(&amp;P)</translation>
    </message>
    <message>
        <source>Other &amp;ways to reach</source>
        <translation>ካልእ መንገድታት ርክብ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Safe to contact</source>
        <translation>ምርኻብ ውሑስ እዩ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Code word</source>
        <translation>ምስጢራዊ ቃል(&amp;C)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ሰብ</translation>
    </message>
    <message>
        <source>Only the assigned worker and the team&apos;s supervisors see and set the code word.</source>
        <translation>ነቲ ምስጢራዊ ቃል እቲ ዝተዋህቦ ሰራሕተኛን ተቖጻጸርቲ እቲ ጉጅለን ጥራይ ይርእይዎን የቐምጥዎን።</translation>
    </message>
</context>
<context>
    <name>ProtectionsDialog</name>
    <message>
        <source>FieldCase — duress and quick wipe</source>
        <translation>FieldCase — ግዳድን ቅልጡፍ ምድምሳስን</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>ናይ ግዳድ መሕለፊ ቃል</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>መሕለፊ ቃልካ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase</source>
        <translation>ናይ ግዳድ መሕለፊ ቃል(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>ድገሞ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Set duress passphrase</source>
        <translation>ናይ ግዳድ መሕለፊ ቃል ኣቐምጥ(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;move it</source>
        <translation>ኣልግሶ(&amp;M)</translation>
    </message>
    <message>
        <source>Quick wipe</source>
        <translation>ቅልጡፍ ምድምሳስ</translation>
    </message>
    <message>
        <source>&amp;Offer Quick wipe in the File menu</source>
        <translation>ኣብ ምናኑ ፋይል ቅልጡፍ ምድምሳስ ኣቕርብ(&amp;O)</translation>
    </message>
    <message>
        <source>Duress and quick wipe</source>
        <translation>ግዳድን ቅልጡፍ ምድምሳስን</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸው</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Two ways to erase this laptop in an emergency. Whatever was not synced is lost; what was synced comes back after you set the laptop up again and sync.</source>
        <translation>ኣብ ህጹጽ ኩነታት ነዚ ኮምፒተር ንምድምሳስ ክልተ መንገድታት። ዘይተለዋወጠ ይጠፍእ፤ ዝተለዋወጠ ነቲ ኮምፒተር ደጊምካ ምስ ኣዳለኻዮን ምስ ተለዋወጥካን ይምለስ።</translation>
    </message>
    <message>
        <source>Your organisation requires a duress passphrase.</source>
        <translation>ትካልካ ናይ ግዳድ መሕለፊ ቃል ይሓትት።</translation>
    </message>
    <message>
        <source>Your organisation does not allow a duress passphrase.</source>
        <translation>ትካልካ ናይ ግዳድ መሕለፊ ቃል ኣይፈቕድን።</translation>
    </message>
    <message>
        <source>You decide whether to have one.</source>
        <translation>ክህልወካ ዶ ኣይክህልወካን ባዕልኻ ትውስን።</translation>
    </message>
    <message>
        <source>You have one. Typed at the unlock screen instead of your passphrase, it erases this laptop, and the screen answers as to a wrong passphrase.</source>
        <translation>ኣሎካ። ኣብ መኽፈቲ ገጽ ኣብ ክንዲ መሕለፊ ቃልካ እንተ ተጻሒፉ፡ ነዚ ኮምፒተር ይድምስሶ፡ እቲ ገጽ ድማ ከም ንጌጋ መሕለፊ ቃል ይምልስ።</translation>
    </message>
    <message>
        <source>You have none yet. Choose one you can type under pressure, different from your passphrase.</source>
        <translation>ገና የብልካን። ኣብ ትሕቲ ጸቕጢ ክትጽሕፎ እትኽእል፡ ካብ መሕለፊ ቃልካ ዝተፈልየ ምረጽ።</translation>
    </message>
    <message>
        <source>Your organisation keeps quick wipe on.</source>
        <translation>ትካልካ ቅልጡፍ ምድምሳስ ወሊዑ ይሕዞ።</translation>
    </message>
    <message>
        <source>Your organisation does not allow quick wipe.</source>
        <translation>ትካልካ ቅልጡፍ ምድምሳስ ኣይፈቕድን።</translation>
    </message>
    <message>
        <source>When on, File &gt; Quick wipe erases this laptop at once, after one confirmation.</source>
        <translation>ምስ ወልዐ፡ ፋይል &gt; ቅልጡፍ ምድምሳስ ድሕሪ ሓደ ምርግጋጽ ነዚ ኮምፒተር ብሓንሳብ ይድምስሶ።</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Translation not yet reviewed — check with the English text</source>
        <translation>ትርጉም ገና ኣይተረጋገጸን — ምስ ናይ እንግሊዝኛ ጽሑፍ ኣረጋግጽ</translation>
    </message>
    <message>
        <source>Show the English text</source>
        <translation>ናይ እንግሊዝኛ ጽሑፍ ኣርኢ</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>FieldCase — review queue</source>
        <translation>FieldCase — መስርዕ ምርኣይ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ምለስ</translation>
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
        <translation>ሓደሽቲ ልዑልን ከቢድን ሓደጋ ዘለዎም ጉዳያት (%1)</translation>
    </message>
    <message>
        <source>Unaccompanied or separated children (%1)</source>
        <translation>ብዘይ ኣላዪ ዘለዉ ወይ ካብ ስድራ ዝተፈልዩ ቆልዑ (%1)</translation>
    </message>
    <message>
        <source>Case plans to agree (%1)</source>
        <translation>ዝስማምዑሎም መደባት ጉዳይ (%1)</translation>
    </message>
    <message>
        <source>Closures to approve (%1)</source>
        <translation>ዝጸድቑ ምዕጻዋት (%1)</translation>
    </message>
    <message>
        <source>Overdue follow-ups (%1)</source>
        <translation>ግዜኦም ዝሓለፉ ክትትላት (%1)</translation>
    </message>
    <message>
        <source>Unassigned intake (%1)</source>
        <translation>ዘይተዋህቡ ሓደሽቲ (%1)</translation>
    </message>
    <message>
        <source>Open conflicts (%1)</source>
        <translation>ክፉታት ዘይምስምማዓት (%1)</translation>
    </message>
    <message>
        <source>Changes the server refused (%1)</source>
        <translation>እቲ ሰርቨር ዝነጸጎም ለውጥታት (%1)</translation>
    </message>
    <message>
        <source>Escalated to a supervisor (%1)</source>
        <translation>ናብ ተቖጻጻሪ ዝተላዕሉ (%1)</translation>
    </message>
    <message>
        <source>Transfers to accept (%1)</source>
        <translation>ዝቕበሉ ምስግጋራት (%1)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>ቆጸራ %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>ተላኢኹ %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>ካብ %1</translation>
    </message>
    <message>
        <source>Transfer to %1 waits</source>
        <translation>ናብ %1 ምስግጋር ይጽበ</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>ሰራሕተኛ(&amp;W)</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>ቦታ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Closed cases too</source>
        <translation>ዕጹዋት ጉዳያት&apos;ውን(&amp;C)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ጉዳይ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ሰብ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>ሓደጋ</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>ሰራሕተኛ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ዕለት</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>መስርዕ ምርኣይ</translation>
    </message>
    <message>
        <source>A person&apos;s name shows on the selected row only. Enter opens the case; Shift+arrows select several.</source>
        <translation>ስም ሰብ ኣብቲ ዝተመርጸ መስመር ጥራይ ይርአ። Enter ነቲ ጉዳይ ይኸፍቶ፤ Shift+መምልከቲታት ብዙሓት ይመርጹ።</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ይጽዕን ኣሎ…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>ዝኾነ ሰብ</translation>
    </message>
    <message>
        <source>Nobody (intake)</source>
        <translation>ሓደ&apos;ኳ (ምቕባል)</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>ኩሉ ቦታታት</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>ኣይተመርመረን</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>ሓደ&apos;ኳ</translation>
    </message>
    <message>
        <source>Nothing waits for a supervisor in this queue.</source>
        <translation>ኣብዚ መስርዕ ንተቖጻጻሪ ዝጽበ የለን።</translation>
    </message>
    <message>
        <source>Closed cases are not shown.</source>
        <translation>ዕጹዋት ጉዳያት ኣይርኣዩን።</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <source>FieldCase — confirm it is you</source>
        <translation>FieldCase — ንስኻ ምዃንካ ኣረጋግጽ</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>መሕለፊ ቃል(&amp;P)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ቀጽል</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Case data is about to leave this laptop. Type your passphrase again to confirm it is you; it is recorded in the audit log.</source>
        <translation>ሓበሬታ ጉዳይ ካብዚ ኮምፒተር ክወጽእ እዩ። ንስኻ ምዃንካ ንምርግጋጽ መሕለፊ ቃልካ ደጊምካ ጽሓፍ፤ ኣብ መዝገብ ምቁጽጻር ይምዝገብ።</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>መሕለፊ ቃልካ ጽሓፍ።</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Choose the recovery key file</source>
        <translation>ፋይል መፍትሕ ምምላስ ምረጽ</translation>
    </message>
    <message>
        <source>Recovery key (*.pem *.key *.txt);;All files (*)</source>
        <translation>መፍትሕ ምምላስ (*.pem *.key *.txt);;ኩሎም ፋይላት (*)</translation>
    </message>
    <message>
        <source>FieldCase — recover access</source>
        <translation>FieldCase — ምእታው ምምላስ</translation>
    </message>
    <message>
        <source>paste the key&apos;s text, or choose its file</source>
        <translation>ጽሑፍ እቲ መፍትሕ ለጥፍ፡ ወይ ፋይሉ ምረጽ</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>ስም ተጠቃሚ(&amp;U)</translation>
    </message>
    <message>
        <source>Organisation &amp;recovery key</source>
        <translation>መፍትሕ ምምላስ ትካል(&amp;R)</translation>
    </message>
    <message>
        <source>Choose the key &amp;file…</source>
        <translation>ፋይል እቲ መፍትሕ ምረጽ(&amp;F)…</translation>
    </message>
    <message>
        <source>Recover access with the organisation&apos;s key</source>
        <translation>ብመፍትሕ ትካል ምእታው ምለስ</translation>
    </message>
    <message>
        <source>Recover and unlock</source>
        <translation>ምለስን ክፈትን</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Your organisation&apos;s data-protection officer keeps a recovery key for forgotten passphrases. With it, choose a new passphrase: your cases stay as they are. The key opens every laptop of the organisation, so it is never shown here.</source>
        <translation>ሓላፊ ሓለዋ ሓበሬታ ትካልካ ንዝተረስዑ መሕለፊ ቃላት መፍትሕ ምምላስ ይሕዝ። ብኡ ሓድሽ መሕለፊ ቃል ምረጽ፦ ጉዳያትካ ከም ዘለዉ ይጸንሑ። እቲ መፍትሕ ንኩሉ ኮምፒተራት ትካል ይኸፍት፡ ስለዚ ኣብዚ ፈጺሙ ኣይርአን።</translation>
    </message>
    <message>
        <source>Recovering…</source>
        <translation>ይመልስ ኣሎ…</translation>
    </message>
</context>
<context>
    <name>ReferralPrintDialog</name>
    <message>
        <source>FieldCase — referral letter</source>
        <translation>FieldCase — ደብዳበ ምምሕልላፍ</translation>
    </message>
    <message>
        <source>This is everything the letter shows. Print it, or save it as a PDF where you choose; either is recorded in the case&apos;s history.</source>
        <translation>እዚ እቲ ደብዳበ ዘርእዮ ኩሉ እዩ። ሕተሞ፡ ወይ ኣብ እትመርጾ ቦታ ከም PDF ዓቅቦ፤ ክልቲኦም ኣብ ታሪኽ እቲ ጉዳይ ይምዝገቡ።</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>ደብዳበ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>ሕተም(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>ከም PDF ዓቅብ(&amp;S)…</translation>
    </message>
    <message>
        <source>Print the referral letter</source>
        <translation>ደብዳበ ምምሕልላፍ ሕተም</translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation>ደብዳበ ምምሕልላፍ ዓቅብ</translation>
    </message>
    <message>
        <source>referral.pdf</source>
        <translation>referral.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>ሰነዳት PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be saved there.</source>
        <translation>እቲ ደብዳበ ኣብኡ ክዕቀብ ኣይከኣለን።</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ምምሕልላፍ</translation>
    </message>
    <message>
        <source>The printer could not be reached.</source>
        <translation>ናብቲ መሕተሚ ክብጻሕ ኣይከኣለን።</translation>
    </message>
</context>
<context>
    <name>ReferralSection</name>
    <message>
        <source>Date</source>
        <translation>ዕለት</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>ኣገልግሎት</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>ምኽንያት</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ምምሕልላፋት</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>ገና ምምሕልላፍ የለን።</translation>
    </message>
    <message>
        <source>Selected referral</source>
        <translation>ዝተመርጸ ምምሕልላፍ</translation>
    </message>
    <message>
        <source>Move &amp;to</source>
        <translation>ናብ ኣሰጋግር(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Print the referral letter…</source>
        <translation>ደብዳበ ምምሕልላፍ ሕተም(&amp;P)…</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>ሓድሽ ምምሕልላፍ</translation>
    </message>
    <message>
        <source>S&amp;ervice</source>
        <translation>ኣገልግሎት(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ምኽንያት(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ኩነታት(&amp;S)</translation>
    </message>
    <message>
        <source>Referred &amp;on</source>
        <translation>ዝተመሓላለፈሉ ዕለት(&amp;O)</translation>
    </message>
    <message>
        <source>✓ The person consented to a referral to this service on %1 (%2).</source>
        <translation>✓ እቲ ሰብ ናብዚ ኣገልግሎት ንምምሕልላፍ ኣብ %1 ፈቒዱ (%2)።</translation>
    </message>
    <message>
        <source>No consent to a referral to this service is recorded: it can be proposed, and sent once the person consents (Consents).</source>
        <translation>ናብዚ ኣገልግሎት ንምምሕልላፍ ፍቓድ ኣይተመዝገበን፦ ክሕበር ይኽእል፡ እቲ ሰብ ምስ ፈቐደ ድማ ይለኣኽ (ፍቓዳት)።</translation>
    </message>
    <message>
        <source>Choose a service…</source>
        <translation>ኣገልግሎት ምረጽ…</translation>
    </message>
    <message>
        <source>Select a referral in the list.</source>
        <translation>ካብቲ ዝርዝር ምምሕልላፍ ምረጽ።</translation>
    </message>
    <message>
        <source>No change (%1)</source>
        <translation>ለውጢ የለን (%1)</translation>
    </message>
    <message>
        <source>Your organisation no longer offers this service for new referrals.</source>
        <translation>ትካልካ ነዚ ኣገልግሎት ንሓደሽቲ ምምሕልላፋት ድሕሪ ሕጂ ኣይህብን እዩ።</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <source>FieldCase — refused changes</source>
        <translation>FieldCase — ዝተነጽጉ ለውጥታት</translation>
    </message>
    <message>
        <source>The server did not accept these changes. This laptop shows those cases as the server has them again, and what was typed is kept here. Open the case to fix it, try the change again once it is allowed, or drop it.</source>
        <translation>እቲ ሰርቨር ነዞም ለውጥታት ኣይተቐበሎምን። እዚ ኮምፒተር ነቶም ጉዳያት ከምቲ ኣብ ሰርቨር ዘለዉ ደጊሙ የርእዮም፡ እቲ ዝተጻሕፈ ድማ ኣብዚ ይዕቀብ። ንምእራሙ ነቲ ጉዳይ ክፈቶ፡ ምስ ተፈቕደ ነቲ ለውጢ ደጊምካ ፈትኖ፡ ወይ ግደፎ።</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>ዝተነጽጉ ለውጥታት</translation>
    </message>
    <message>
        <source>No refused changes.</source>
        <translation>ዝተነጽገ ለውጢ የለን።</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>ኣርም(&amp;F)…</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>ኣርም…</translation>
    </message>
    <message>
        <source>Open the case to change it</source>
        <translation>ንምቕያሩ ነቲ ጉዳይ ክፈቶ</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>ደጊምካ ፈትን(&amp;T)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ደጊምካ ፈትን</translation>
    </message>
    <message>
        <source>Apply the wanted value again; it is sent at the next sync</source>
        <translation>ነቲ ዝድለ ዋጋ ደጊምካ ኣቐምጦ፤ ኣብቲ ዝቕጽል ምልውዋጥ ይለኣኽ</translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation>ግደፍ(&amp;D)…</translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation>ግደፍ…</translation>
    </message>
    <message>
        <source>Forget the wanted value</source>
        <translation>ነቲ ዝድለ ዋጋ ረስዖ</translation>
    </message>
    <message>
        <source>Drop this change?</source>
        <translation>ነዚ ለውጢ ክትገድፎ ዲኻ?</translation>
    </message>
    <message>
        <source>What was typed for this change is deleted from this laptop. The case stays as the server has it.</source>
        <translation>ነዚ ለውጢ ዝተጻሕፈ ካብዚ ኮምፒተር ይድምሰስ። እቲ ጉዳይ ከምቲ ኣብ ሰርቨር ዘሎ ይጸንሕ።</translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message>
        <source>Case</source>
        <translation>ጉዳይ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <source>Wanted value</source>
        <translation>ዝድለ ዋጋ</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>ስለምንታይ እቲ ሰርቨር ነጺግዎ</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ዝተነጽገ</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (ተኣልዩ)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1፦ %2</translation>
    </message>
    <message>
        <source>(remove it)</source>
        <translation>(ኣልግሶ)</translation>
    </message>
    <message>
        <source>%1 This laptop still shows it.</source>
        <translation>%1 እዚ ኮምፒተር ገና የርእዮ ኣሎ።</translation>
    </message>
    <message>
        <source>(not on this laptop)</source>
        <translation>(ኣብዚ ኮምፒተር የለን)</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>FieldCase — register a new person</source>
        <translation>FieldCase — ሓድሽ ሰብ መዝግብ</translation>
    </message>
    <message>
        <source>Register a new person</source>
        <translation>ሓድሽ ሰብ መዝግብ</translation>
    </message>
    <message>
        <source>The minimum first; more once the person consents. The case is registered at %1 and assigned to you.</source>
        <translation>ቅድም እቲ ዝወሓደ፤ እቲ ሰብ ምስ ፈቐደ ዝያዳ። እቲ ጉዳይ ኣብ %1 ተመዝጊቡ ናባኻ ይውሃብ።</translation>
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
        <translation>ዓመት-ወርሒ-መዓልቲ፡ ንኣብነት 1994-03-17</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ዘይፍለጥ</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>ስም(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>ስም ስድራ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>ጾታ(&amp;S)</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>ዕለት ልደት(&amp;B)</translation>
    </message>
    <message>
        <source>or &amp;age (estimate)</source>
        <translation>ወይ ዕድመ (ግምት)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>ዜግነት(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;tage of migration</source>
        <translation>ደረጃ ስደት(&amp;T)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <source>More about the person</source>
        <translation>ብዛዕባ እቲ ሰብ ተወሳኺ</translation>
    </message>
    <message>
        <source>Needs the person&apos;s consent to registration.</source>
        <translation>ፍቓድ እቲ ሰብ ንምዝገባ የድሊ።</translation>
    </message>
    <message>
        <source>other spellings or scripts, separated by ;</source>
        <translation>ካልእ ኣጸሓሕፋ ወይ ፊደላት፡ ብ ; ተፈልዩ</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation>ካልእ ኣስማት(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ስልኪ(&amp;P)</translation>
    </message>
    <message>
        <source>Identity &amp;document</source>
        <translation>ሰነድ መንነት(&amp;D)</translation>
    </message>
    <message>
        <source>Document n&amp;umber</source>
        <translation>ቁጽሪ ሰነድ(&amp;U)</translation>
    </message>
    <message>
        <source>Issued b&amp;y</source>
        <translation>ዝሃቦ(&amp;Y)</translation>
    </message>
    <message>
        <source>Someone already registered may be this person. Compare and decide for each before registering.</source>
        <translation>ቅድሚ ሕጂ ዝተመዝገበ ሰብ እዚ ሰብ ክኸውን ይኽእል። ቅድሚ ምምዝጋብካ ነፍሲ ወከፍ ኣወዳድርን ወስንን።</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Case</source>
        <translation>ጉዳይ</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>ዝተዓጽወሉ</translation>
    </message>
    <message>
        <source>At removal</source>
        <translation>ኣብ ምእላይ</translation>
    </message>
    <message>
        <source>FieldCase — retention</source>
        <translation>FieldCase — ምዕቃብ</translation>
    </message>
    <message>
        <source>Closed cases past retention</source>
        <translation>ግዜ ምዕቃብ ዝሓለፎም ዕጹዋት ጉዳያት</translation>
    </message>
    <message>
        <source>Removing them here is not an erasure: the server keeps every one, and a case that changes there comes back to this laptop.</source>
        <translation>ኣብዚ ምእላዮም ምድምሳስ ኣይኮነን፦ እቲ ሰርቨር ንኹሎም ይሕዞም፡ ኣብኡ ዝቕየር ጉዳይ ድማ ናብዚ ኮምፒተር ይምለስ።</translation>
    </message>
    <message>
        <source>&amp;Remove from this laptop…</source>
        <translation>ካብዚ ኮምፒተር ኣልግስ(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove from this laptop…</source>
        <translation>ካብዚ ኮምፒተር ኣልግስ…</translation>
    </message>
    <message>
        <source>Take the cases marked to go off this laptop; the others stay until synced</source>
        <translation>ክኸዱ ዝተመልከቱ ጉዳያት ካብዚ ኮምፒተር ኣውጽእ፤ እቶም ካልኦት ክሳብ ዝለዋወጡ ይጸንሑ</translation>
    </message>
    <message>
        <source>Stays until synced</source>
        <translation>ክሳብ ዝለዋወጥ ይጸንሕ</translation>
    </message>
    <message>
        <source>Removed from this laptop</source>
        <translation>ካብዚ ኮምፒተር ተኣልዩ</translation>
    </message>
    <message>
        <source>Your organisation keeps closed cases on this laptop: nothing is removed.</source>
        <translation>ትካልካ ዕጹዋት ጉዳያት ኣብዚ ኮምፒተር ትሕዞም፦ ዝእለ የለን።</translation>
    </message>
    <message>
        <source>%1 No closed case is past that now.</source>
        <translation>%1 ሕጂ ካብኡ ዝሓለፈ ዕጹው ጉዳይ የለን።</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2።</translation>
    </message>
    <message>
        <source>%1 %2: sync first.</source>
        <translation>%1 %2፦ ቅድም ለዋወጥ።</translation>
    </message>
    <message>
        <source>%1 %2; %3.</source>
        <translation>%1 %2፤ %3።</translation>
    </message>
    <message>
        <source>Remove these cases from this laptop?</source>
        <translation>እዞም ጉዳያት ካብዚ ኮምፒተር ይእለዩ ድዮም?</translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message numerus="yes">
        <source>%Ln closed case(s) removed from this laptop.</source>
        <translation>
            <numerusform>%Ln ዕጹው ጉዳይ ካብዚ ኮምፒተር ተኣልዩ።</numerusform>
            <numerusform>%Ln ዕጹዋት ጉዳያት ካብዚ ኮምፒተር ተኣልዮም።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organisation keeps closed cases on this laptop for %Ln month(s) after their closure.</source>
        <translation>
            <numerusform>ትካልካ ዕጹዋት ጉዳያት ድሕሪ ምዕጻዎም ን%Ln ወርሒ ኣብዚ ኮምፒተር ትሕዞም።</numerusform>
            <numerusform>ትካልካ ዕጹዋት ጉዳያት ድሕሪ ምዕጻዎም ን%Ln ኣዋርሕ ኣብዚ ኮምፒተር ትሕዞም።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) can be removed</source>
        <translation>
            <numerusform>%Ln ጉዳይ ክእለ ይኽእል</numerusform>
            <numerusform>%Ln ጉዳያት ክእለዩ ይኽእሉ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) kept until synced</source>
        <translation>
            <numerusform>%Ln ጉዳይ ክሳብ ዝለዋወጥ ይጸንሕ</numerusform>
            <numerusform>%Ln ጉዳያት ክሳብ ዝለዋወጡ ይጸንሑ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed case(s) will be removed from this laptop. The server keeps each one; this cannot be undone here.</source>
        <translation>
            <numerusform>%Ln ዕጹው ጉዳይ ካብዚ ኮምፒተር ክእለ እዩ። እቲ ሰርቨር ይሕዞ፤ ኣብዚ ክምለስ ኣይክእልን።</numerusform>
            <numerusform>%Ln ዕጹዋት ጉዳያት ካብዚ ኮምፒተር ክእለዩ እዮም። እቲ ሰርቨር ንነፍሲ ወከፎም ይሕዞም፤ ኣብዚ ክምለስ ኣይክእልን።</numerusform>
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
        <translation>%1፦ %2። እቲ ሰራሕተኛ ርእይቶኻ ከም መዘኻኸሪ ኣብቲ ጉዳይ የንብቦ።</translation>
    </message>
    <message>
        <source>&amp;What is missing?</source>
        <translation>እንታይ ጎዲሉ?(&amp;W)</translation>
    </message>
    <message>
        <source>Return to the worker</source>
        <translation>ናብቲ ሰራሕተኛ ምለስ</translation>
    </message>
</context>
<context>
    <name>ScreeningSection</name>
    <message>
        <source>Date</source>
        <translation>ዕለት</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>ሕቶታት</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ብርኪ</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>ምኽንያታት</translation>
    </message>
    <message>
        <source>Past screenings</source>
        <translation>ዝሓለፉ ምርመራታት</translation>
    </message>
    <message>
        <source>Not screened yet.</source>
        <translation>ገና ኣይተመርመረን።</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>ሕቶታት(&amp;Q)</translation>
    </message>
    <message>
        <source>New &amp;screening</source>
        <translation>ሓድሽ ምርመራ(&amp;S)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>ሕቶታት</translation>
    </message>
    <message>
        <source>Level and reasons</source>
        <translation>ብርክን ምኽንያታትን</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>ምርመራ</translation>
    </message>
    <message>
        <source>Child rule (ILO/EC): %1</source>
        <translation>ሕጊ ቆልዑ (ILO/EC)፦ %1</translation>
    </message>
    <message>
        <source>The age is not known, so the person is screened as a child until shown otherwise.</source>
        <translation>ዕድመ ኣይፍለጥን፡ ስለዚ ካልእ ክሳብ ዝረጋገጽ እቲ ሰብ ከም ቆልዓ ይምርመር።</translation>
    </message>
    <message>
        <source>This questionnaire version is not on this laptop.</source>
        <translation>እዚ ሕታም ሕቶታት ኣብዚ ኮምፒተር የለን።</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>ብርኪ፦ %1</translation>
    </message>
    <message>
        <source>A supervisor will review this case once it is saved.</source>
        <translation>እዚ ጉዳይ ምስ ተዓቀበ ተቖጻጻሪ ክርእዮ እዩ።</translation>
    </message>
</context>
<context>
    <name>ScreeningWords</name>
    <message>
        <source>strong</source>
        <translation>ብርቱዕ</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>ማእከላይ</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ድኹም</translation>
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
        <translation>ዝኾነ መርኣያ እወ ኣይተመለሰሉን።</translation>
    </message>
    <message>
        <source>Rule met: %1</source>
        <translation>ዝተማልአ ሕጊ፦ %1</translation>
    </message>
    <message>
        <source>%1: positive — %2</source>
        <translation>%1፦ ኣወንታዊ — %2</translation>
    </message>
    <message>
        <source>%1: not positive — %2</source>
        <translation>%1፦ ኣወንታዊ ኣይኮነን — %2</translation>
    </message>
    <message>
        <source>No factor answered yes.</source>
        <translation>ዝኾነ ረቛሒ እወ ኣይተመለሰሉን።</translation>
    </message>
    <message>
        <source>Vulnerability score %1: risk factors %2 minus protective factors %3 (medium from %4, high from %5, critical from %6).</source>
        <translation>ነጥቢ ተቓላዕነት %1፦ ረቛሒታት ሓደጋ %2 ጎደሎ ረቛሒታት ሓለዋ %3 (ማእከላይ ካብ %4፡ ልዑል ካብ %5፡ ከቢድ ካብ %6)።</translation>
    </message>
    <message>
        <source>“%1” makes the level at least %2.</source>
        <translation>“%1” ነቲ ብርኪ እንተወሓደ %2 ይገብሮ።</translation>
    </message>
    <message>
        <source>%1 risk factors: %2</source>
        <translation>%1 ረቛሒታት ሓደጋ፦ %2</translation>
    </message>
    <message>
        <source>“%1” (+%2)</source>
        <translation>“%1” (+%2)</translation>
    </message>
    <message>
        <source>Protective factors: %1</source>
        <translation>ረቛሒታት ሓለዋ፦ %1</translation>
    </message>
    <message>
        <source>“%1” (−%2)</source>
        <translation>“%1” (−%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; no answer to them could change the level.</source>
        <translation>
            <numerusform>%Ln ሕቶ ኣይተመለሰን፤ ዝኾነ መልሲ ነቲ ብርኪ ክቕይሮ ኣይክእልን።</numerusform>
            <numerusform>%Ln ሕቶታት ኣይተመለሱን፤ ዝኾነ መልሲ ነቲ ብርኪ ክቕይሮ ኣይክእልን።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; answering them could raise the level to %1.</source>
        <translation>
            <numerusform>%Ln ሕቶ ኣይተመለሰን፤ ምምላሱ ነቲ ብርኪ ናብ %1 ከልዕሎ ይኽእል።</numerusform>
            <numerusform>%Ln ሕቶታት ኣይተመለሱን፤ ምምላሶም ነቲ ብርኪ ናብ %1 ከልዕሎ ይኽእል።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; answering them could lower the level to %1.</source>
        <translation>
            <numerusform>%Ln ሕቶ ኣይተመለሰን፤ ምምላሱ ነቲ ብርኪ ናብ %1 ከውርዶ ይኽእል።</numerusform>
            <numerusform>%Ln ሕቶታት ኣይተመለሱን፤ ምምላሶም ነቲ ብርኪ ናብ %1 ከውርዶ ይኽእል።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; depending on the answers the level could be anywhere from %1 to %2.</source>
        <translation>
            <numerusform>%Ln ሕቶ ኣይተመለሰን፤ ከም መልሱ እቲ ብርኪ ካብ %1 ክሳብ %2 ክኸውን ይኽእል።</numerusform>
            <numerusform>%Ln ሕቶታት ኣይተመለሱን፤ ከም መልሶም እቲ ብርኪ ካብ %1 ክሳብ %2 ክኸውን ይኽእል።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search name, case number, phone or document</source>
        <translation>ስም፡ ቁጽሪ ጉዳይ፡ ስልኪ ወይ ሰነድ ድለ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ድለ</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>ናተይ ጉዳያት</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>ኩሎም ጉዳያት</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>መስርዕ ምርኣይ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>ኣርኢ</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>ኣርኢ፦</translation>
    </message>
</context>
<context>
    <name>ServiceWords</name>
    <message>
        <source>Open day and night, every day</source>
        <translation>መዓልትን ለይትን፡ ኩሉ መዓልቲ ክፉት</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1፦ %2 ክሳብ %3</translation>
    </message>
    <message>
        <source>Hours not given</source>
        <translation>ሰዓታት ኣይተዋህበን</translation>
    </message>
    <message>
        <source>Ages %1 to %2</source>
        <translation>ዕድመ %1 ክሳብ %2</translation>
    </message>
    <message>
        <source>Aged %1 or over</source>
        <translation>ዕድመ %1 ወይ ልዕሊኡ</translation>
    </message>
    <message>
        <source>Aged %1 or under</source>
        <translation>ዕድመ %1 ወይ ትሕቲኡ</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>ጥራይ፦ %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>ኩሉ ሰብ</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>ዓይነት ኣገልግሎት</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ስልኪ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ኢመይል</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ኣድራሻ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ሰዓታት</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ቋንቋታት</translation>
    </message>
    <message>
        <source>Who may come</source>
        <translation>መን ክመጽእ ይኽእል</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>FieldCase — set up this laptop</source>
        <translation>FieldCase — ነዚ ኮምፒተር ኣዳልዎ</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>ስም ተጠቃሚኻ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ተራ</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ጉጅለ</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>ኮድ ቦታ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>መሕለፊ ቃል</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>መሕለፊ ቃል ደጊምካ</translation>
    </message>
    <message>
        <source>Organisation recovery key</source>
        <translation>መፍትሕ ምምላስ ትካል</translation>
    </message>
    <message>
        <source>for example LAMP-01</source>
        <translation>ንኣብነት LAMP-01</translation>
    </message>
    <message>
        <source>optional: 64 characters from your organisation</source>
        <translation>ኣማራጺ፦ ካብ ትካልካ 64 ፊደላት</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>መሕለፊ ቃል ኣቕርበለይ</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>መሕለፊ ቃል ኣርኢ</translation>
    </message>
    <message>
        <source>Set up FieldCase on this laptop</source>
        <translation>FieldCase ኣብዚ ኮምፒተር ኣዳልው</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>መግለጺ ፍጠር</translation>
    </message>
    <message>
        <source>Every case on this laptop is encrypted with a key that only your passphrase opens. Choose a long passphrase you can remember: a few random words work well. If it is forgotten, the cases cannot be opened, unless your organisation gave you its recovery key for this laptop.</source>
        <translation>ኣብዚ ኮምፒተር ዘሎ ነፍሲ ወከፍ ጉዳይ መሕለፊ ቃልካ ጥራይ ብዝኸፍቶ መፍትሕ ተመስጢሩ ኣሎ። ክትዝክሮ እትኽእል ነዊሕ መሕለፊ ቃል ምረጽ፦ ውሑዳት ብዘይ ስርዓት ዝተመርጹ ቃላት ጽቡቕ ይሰርሑ። እንተ ተረሲዑ፡ ትካልካ ነዚ ኮምፒተር መፍትሕ ምምላስ እንተ ዘይሂባትካ፡ እቶም ጉዳያት ክኽፈቱ ኣይክእሉን።</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>ይፈጥር ኣሎ…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>FieldCase — sign in</source>
        <translation>FieldCase — ምእታው</translation>
    </message>
    <message>
        <source>Server passphrase</source>
        <translation>መሕለፊ ቃል ሰርቨር</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>ናብ %1 እቶ</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>እቶ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>ይኣቱ ኣሎ…</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Enter your server passphrase.</source>
        <translation>መሕለፊ ቃል ሰርቨርካ ኣእቱ።</translation>
    </message>
</context>
<context>
    <name>SignInWords</name>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s), so the server must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>
            <numerusform>እዚ ኮምፒተር ን%Ln መዓልቲ ኣይተራኸበን፡ ስለዚ እቲ ሰርቨር ገና ንስኻ ምዃንካ ከረጋግጽ ኣለዎ። መሕለፊ ቃል ሰርቨርካ ኣእቱ፦ እቲ ኣማሓዳሪኻ ኣብ ሰርቨር ዘቐመጠልካ፡ ነዚ ኮምፒተር ዝኸፍት ዘይኮነ።</numerusform>
            <numerusform>እዚ ኮምፒተር ን%Ln መዓልታት ኣይተራኸበን፡ ስለዚ እቲ ሰርቨር ገና ንስኻ ምዃንካ ከረጋግጽ ኣለዎ። መሕለፊ ቃል ሰርቨርካ ኣእቱ፦ እቲ ኣማሓዳሪኻ ኣብ ሰርቨር ዘቐመጠልካ፡ ነዚ ኮምፒተር ዝኸፍት ዘይኮነ።</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not signed in to the server on this laptop yet. Sign in once, so the changes you make here are sent as yours. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>ኣብዚ ኮምፒተር ገና ናብ ሰርቨር ኣይኣቶኻን። ኣብዚ ትገብሮ ለውጥታት ከም ናትካ ምእንቲ ክለኣኽ ሓንሳብ እቶ። መሕለፊ ቃል ሰርቨርካ ኣእቱ፦ እቲ ኣማሓዳሪኻ ኣብ ሰርቨር ዘቐመጠልካ፡ ነዚ ኮምፒተር ዝኸፍት ዘይኮነ።</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is behind a time it has already seen, so the server must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>ሰዓት ናይዚ ኮምፒተር ካብ ዝረኣዮ ግዜ ንድሕሪት እዩ፡ ስለዚ እቲ ሰርቨር ገና ንስኻ ምዃንካ ከረጋግጽ ኣለዎ። መሕለፊ ቃል ሰርቨርካ ኣእቱ፦ እቲ ኣማሓዳሪኻ ኣብ ሰርቨር ዘቐመጠልካ፡ ነዚ ኮምፒተር ዝኸፍት ዘይኮነ።</translation>
    </message>
    <message>
        <source>The server has ended this laptop&apos;s session, so it must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>እቲ ሰርቨር ምእታው ናይዚ ኮምፒተር ወዲኡ፡ ስለዚ ገና ንስኻ ምዃንካ ከረጋግጽ ኣለዎ። መሕለፊ ቃል ሰርቨርካ ኣእቱ፦ እቲ ኣማሓዳሪኻ ኣብ ሰርቨር ዘቐመጠልካ፡ ነዚ ኮምፒተር ዝኸፍት ዘይኮነ።</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>No screening is recorded.</source>
        <translation>ዝተመዝገበ ምርመራ የለን።</translation>
    </message>
    <message>
        <source>This questionnaire version is not on this laptop.</source>
        <translation>እዚ ሕታም ሕቶታት ኣብዚ ኮምፒተር የለን።</translation>
    </message>
    <message>
        <source>%1: %2 (on %3)</source>
        <translation>%1፦ %2 (ኣብ %3)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>ኣይተገምገመን</translation>
    </message>
    <message>
        <source>%1 — a supervisor should review it</source>
        <translation>%1 — ተቖጻጻሪ ክርእዮ ኣለዎ</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>እቲ ጉዳይ ተዓጽዩ።</translation>
    </message>
    <message>
        <source>The case plan is agreed; the steps are the open referrals and follow-ups below.</source>
        <translation>መደብ ጉዳይ ተሰማሚዑሉ፤ ስጉምታቱ ኣብ ታሕቲ ዘለዉ ክፉታት ምምሕልላፋትን ክትትላትን እዮም።</translation>
    </message>
    <message>
        <source>No case plan is agreed yet.</source>
        <translation>ገና ዝተሰማምዓሉ መደብ ጉዳይ የለን።</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>ቁጽሪ ጉዳይ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>ብርኪ ሓደጋ</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>ኣይተመርመረን</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>ድሌታት</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>ዝተዋህቦ</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>ሓደ&apos;ኳ</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>ዝተኸፍተሉ</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1፡ ካብ %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>የለን።</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation>ጽማቕ ጉዳይ %1</translation>
    </message>
    <message>
        <source>Confidential: for the people working on this case only. Do not copy or pass on.</source>
        <translation>ምስጢራዊ፦ ኣብዚ ጉዳይ ንዝሰርሑ ሰባት ጥራይ። ኣይትቕዳሕ ወይ ኣይተሕልፍ።</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>እቲ ጉዳይ</translation>
    </message>
    <message>
        <source>Risk and screening</source>
        <translation>ሓደጋን ምርመራን</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>መደብ ጉዳይ</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>ክፉታት ምምሕልላፋት</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>ክፉታት ክትትላት</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>ኣስታት %1 ዓመት</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ዘይፍለጥ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>ካልእ ኣስማት</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ጾታ</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>ዝተወልደሉ / ዕድመ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>ዜግነት</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ቋንቋታት</translation>
    </message>
    <message>
        <source>Who the person is (included by the person who printed)</source>
        <translation>እቲ ሰብ መን እዩ (ብዝሓተሞ ሰብ ዝተወሰኸ)</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>ጽማቕ ጉዳይ</translation>
    </message>
</context>
<context>
    <name>SupervisorDesk</name>
    <message>
        <source>a case</source>
        <translation>ሓደ ጉዳይ</translation>
    </message>
    <message>
        <source>it is no longer on this laptop</source>
        <translation>ድሕሪ ሕጂ ኣብዚ ኮምፒተር የለን</translation>
    </message>
    <message>
        <source>only a supervisor of the case&apos;s team may assign it</source>
        <translation>ተቖጻጻሪ ጉጅለ እቲ ጉዳይ ጥራይ ክህቦ ይኽእል</translation>
    </message>
    <message>
        <source>someone assigned it again since</source>
        <translation>ካብኡ ንደሓር ሓደ ሰብ ደጊሙ ሂብዎ</translation>
    </message>
    <message>
        <source>the case breaks a rule; open it and fix it first</source>
        <translation>እቲ ጉዳይ ሕጊ ይጠሓስ፤ ቅድም ከፊትካ ኣርሞ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1፦ %2</translation>
    </message>
    <message>
        <source>Select or open a case first.</source>
        <translation>ቅድም ጉዳይ ምረጽ ወይ ክፈት።</translation>
    </message>
    <message>
        <source>%1 waits for no approval: it is %2.</source>
        <translation>%1 ምጽዳቕ ኣይጽበን፦ %2 እዩ።</translation>
    </message>
    <message>
        <source>%1 has nothing to return: it is %2.</source>
        <translation>%1 ዝምለስ የብሉን፦ %2 እዩ።</translation>
    </message>
    <message>
        <source>Done: %1 — %2.</source>
        <translation>ተፈጺሙ፦ %1 — %2።</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2፦ %3</translation>
    </message>
    <message>
        <source>Select one or more cases first.</source>
        <translation>ቅድም ሓደ ወይ ልዕሊኡ ጉዳያት ምረጽ።</translation>
    </message>
    <message>
        <source>Transfer proposed</source>
        <translation>ምስግጋር ቀሪቡ</translation>
    </message>
    <message>
        <source>Transfer accepted</source>
        <translation>ምስግጋር ተቐቢሉ</translation>
    </message>
    <message>
        <source>Transfer declined</source>
        <translation>ምስግጋር ተነጺጉ</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>ተላዒሉ</translation>
    </message>
    <message>
        <source>Escalation cleared</source>
        <translation>ምልዓል ተወዲኡ</translation>
    </message>
</context>
<context>
    <name>SupervisorWords</name>
    <message numerus="yes">
        <source>Closed cases are not counted (%Ln).</source>
        <translation>
            <numerusform>ዕጹዋት ጉዳያት ኣይተቖጽሩን (%Ln)።</numerusform>
            <numerusform>ዕጹዋት ጉዳያት ኣይተቖጽሩን (%Ln)።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median %1 days, over %Ln case(s).</source>
        <translation>
            <numerusform>ማእከላይ %1 መዓልታት፡ ኣብ %Ln ጉዳይ።</numerusform>
            <numerusform>ማእከላይ %1 መዓልታት፡ ኣብ %Ln ጉዳያት።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case(s) had no assistance yet.</source>
        <translation>
            <numerusform>%Ln ክፉት ጉዳይ ገና ሓገዝ ኣይረኸበን።</numerusform>
            <numerusform>%Ln ክፉታት ጉዳያት ገና ሓገዝ ኣይረኸቡን።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) on this laptop in your scope.</source>
        <translation>
            <numerusform>ኣብ ትሕቲ ሓላፍነትካ ኣብዚ ኮምፒተር %Ln ጉዳይ።</numerusform>
            <numerusform>ኣብ ትሕቲ ሓላፍነትካ ኣብዚ ኮምፒተር %Ln ጉዳያት።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them closed.</source>
        <translation>
            <numerusform>ካብኦም %Ln ዕጹዋት።</numerusform>
            <numerusform>ካብኦም %Ln ዕጹዋት።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) given back to whom they were assigned before.</source>
        <translation>
            <numerusform>%Ln ጉዳይ ናብቲ ቅድሚ ሕጂ ዝተዋህቦ ተመሊሱ።</numerusform>
            <numerusform>%Ln ጉዳያት ናብቶም ቅድሚ ሕጂ ዝተዋህብዎም ተመሊሶም።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) returned to intake.</source>
        <translation>
            <numerusform>%Ln ጉዳይ ናብ ምቕባል ተመሊሱ።</numerusform>
            <numerusform>%Ln ጉዳያት ናብ ምቕባል ተመሊሶም።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) assigned to %1.</source>
        <translation>
            <numerusform>%Ln ጉዳይ ን%1 ተዋሂቡ።</numerusform>
            <numerusform>%Ln ጉዳያት ን%1 ተዋሂቦም።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already were.</source>
        <translation>
            <numerusform>%Ln ድሮ ተዋሂቦም ነይሮም።</numerusform>
            <numerusform>%Ln ድሮ ተዋሂቦም ነይሮም።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not: %1.</source>
        <translation>
            <numerusform>%Ln ኣይተዋህቡን፦ %1።</numerusform>
            <numerusform>%Ln ኣይተዋህቡን፦ %1።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Assign %Ln case(s) to:</source>
        <translation>
            <numerusform>%Ln ጉዳይ ሃብ ን(&amp;A)፦</numerusform>
            <numerusform>%Ln ጉዳያት ሃብ ን(&amp;A)፦</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals with no answer after %Ln day(s) (%1)</source>
        <translation>
            <numerusform>ድሕሪ %Ln መዓልቲ መልሲ ዘይረኸቡ ምምሕልላፋት (%1)</numerusform>
            <numerusform>ድሕሪ %Ln መዓልታት መልሲ ዘይረኸቡ ምምሕልላፋት (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) wait for a supervisor.</source>
        <translation>
            <numerusform>%Ln ጉዳይ ንተቖጻጻሪ ይጽበ።</numerusform>
            <numerusform>%Ln ጉዳያት ንተቖጻጻሪ ይጽበዩ።</numerusform>
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
        <translation>ፋይላት፦ %1 ካብ %2 · %3 ካብ %4</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>ኩነታት ምልውዋጥ</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>ምዕባለ ምልውዋጥ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Stop the sync; nothing is lost</source>
        <translation>ምልውዋጥ ደው ኣብል፤ ዝጠፍእ የለን</translation>
    </message>
    <message>
        <source>Attachment files</source>
        <translation>ተተሓሒዞም ዘለዉ ፋይላት</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>ይሰርዝ ኣሎ…</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>never</source>
        <translation>ፈጺሙ</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ሕጂ ሕጂ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>ቅድሚ %Ln ደቒቕ</numerusform>
            <numerusform>ቅድሚ %Ln ደቓይቕ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>ቅድሚ %Ln ሰዓት</numerusform>
            <numerusform>ቅድሚ %Ln ሰዓታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>ቅድሚ %Ln መዓልቲ</numerusform>
            <numerusform>ቅድሚ %Ln መዓልታት</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: no connection</source>
        <translation>ኣይተለዋወጠን፦ ርክብ የለን</translation>
    </message>
    <message>
        <source>Not synced: this laptop&apos;s clock is wrong</source>
        <translation>ኣይተለዋወጠን፦ ሰዓት ናይዚ ኮምፒተር ጌጋ እዩ</translation>
    </message>
    <message>
        <source>Not synced: sign-in refused</source>
        <translation>ኣይተለዋወጠን፦ ምእታው ተነጺጉ</translation>
    </message>
    <message>
        <source>Not synced: server problem</source>
        <translation>ኣይተለዋወጠን፦ ጸገም ሰርቨር</translation>
    </message>
    <message>
        <source>Not synced: cancelled</source>
        <translation>ኣይተለዋወጠን፦ ተሰሪዙ</translation>
    </message>
    <message>
        <source>Not synced: device revoked</source>
        <translation>ኣይተለዋወጠን፦ እዚ ኮምፒተር ተሰሪዙ</translation>
    </message>
    <message>
        <source>Not synced: sign-in needed</source>
        <translation>ኣይተለዋወጠን፦ ምእታው የድሊ</translation>
    </message>
    <message>
        <source>Not synced: failed</source>
        <translation>ኣይተለዋወጠን፦ ኣይሰለጠን</translation>
    </message>
    <message>
        <source>Not enrolled with a server: cases stay on this laptop</source>
        <translation>ምስ ሰርቨር ኣይተመዝገበን፦ ጉዳያት ኣብዚ ኮምፒተር ይጸንሑ</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>ናይ መወዳእታ ምልውዋጥ %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln ዝለኣኽ ለውጢ</numerusform>
            <numerusform>%Ln ዝለኣኹ ለውጥታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) wait for %1 to sign in</source>
        <translation>
            <numerusform>%Ln ለውጢ ንምእታው %1 ይጽበ</numerusform>
            <numerusform>%Ln ለውጥታት ንምእታው %1 ይጽበዩ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln ዘይሰማማዕ ለውጢ</numerusform>
            <numerusform>%Ln ዘይሰማምዑ ለውጥታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused by the server</source>
        <translation>
            <numerusform>%Ln ብሰርቨር ተነጺጉ</numerusform>
            <numerusform>%Ln ብሰርቨር ተነጺጎም</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>ይለዋወጥ ኣሎ…</translation>
    </message>
    <message>
        <source>Sending changes (%1 of %2)…</source>
        <translation>ለውጥታት ይሰድድ ኣሎ (%1 ካብ %2)…</translation>
    </message>
    <message>
        <source>Sending changes (%1)…</source>
        <translation>ለውጥታት ይሰድድ ኣሎ (%1)…</translation>
    </message>
    <message>
        <source>Receiving changes (%1)…</source>
        <translation>ለውጥታት ይቕበል ኣሎ (%1)…</translation>
    </message>
    <message>
        <source>Connection trouble; trying again (attempt %1)…</source>
        <translation>ጸገም ርክብ፤ ደጊሙ ይፍትን ኣሎ (ፈተነ %1)…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>ይውድእ ኣሎ…</translation>
    </message>
</context>
<context>
    <name>TaskWords</name>
    <message>
        <source>Done on %1</source>
        <translation>ኣብ %1 ተፈጺሙ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ክፉት</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>ብ%Ln መዓልቲ ግዜኡ ሓሊፉ</numerusform>
            <numerusform>ብ%Ln መዓልታት ግዜኡ ሓሊፉ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %Ln day(s)</source>
        <translation>
            <numerusform>ድሕሪ %Ln መዓልቲ</numerusform>
            <numerusform>ድሕሪ %Ln መዓልታት</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>ግዜኡ ሎሚ እዩ</translation>
    </message>
</context>
<context>
    <name>TasksSection</name>
    <message>
        <source>Due</source>
        <translation>ቆጸራ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>ዕማም</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>ዝተዋህቦ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>ዕማማት</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>ከም ዝተፈጸመ ምልክት ግበር(&amp;M)</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>ከም ዝተፈጸመ ምልክት ግበር</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>ሓድሽ ዕማም</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ኣርእስቲ(&amp;T)</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>ቆጸራ(&amp;U)</translation>
    </message>
    <message>
        <source>Assi&amp;gned to</source>
        <translation>ዝተዋህቦ(&amp;G)</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (ገና ኣይተዓቀበን)</translation>
    </message>
    <message>
        <source>&amp;Not done after all</source>
        <translation>ኣይተፈጸመን(&amp;N)</translation>
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
        <translation>%1 ተቖጻጻሪ ናይቲ ካልእ ቦታ ነቲ ምስግጋር ክሳብ ዝቕበሎ ኣብ ቦታኡ፡ ምስ ጉጅለኻ ይጸንሕ።</translation>
    </message>
    <message>
        <source>transfer to another site</source>
        <translation>ናብ ካልእ ቦታ ምስግጋር</translation>
    </message>
    <message>
        <source>&amp;Why? (the receiving supervisor reads this)</source>
        <translation>ስለምንታይ? (እቲ ዝቕበል ተቖጻጻሪ የንብቦ)(&amp;W)</translation>
    </message>
    <message>
        <source>Propose the transfer</source>
        <translation>ነቲ ምስግጋር ኣቕርብ</translation>
    </message>
    <message>
        <source>e.g. PORT-01</source>
        <translation>ንኣብነት PORT-01</translation>
    </message>
    <message>
        <source>&amp;Site code</source>
        <translation>ኮድ ቦታ(&amp;S)</translation>
    </message>
    <message>
        <source>%1 stays where it is, with the team that sent it. They read your reason.</source>
        <translation>%1 ኣብ ዘለዎ፡ ምስቲ ዝለኣኾ ጉጅለ ይጸንሕ። ምኽንያትካ የንብቡ።</translation>
    </message>
    <message>
        <source>decline the transfer</source>
        <translation>ነቲ ምስግጋር ምንጻግ</translation>
    </message>
    <message>
        <source>&amp;Why do you decline it?</source>
        <translation>ስለምንታይ ትነጽጎ?(&amp;W)</translation>
    </message>
    <message>
        <source>Decline the transfer</source>
        <translation>ነቲ ምስግጋር ንጸግ</translation>
    </message>
    <message>
        <source>%1 goes to the supervisors&apos; review queue, under &quot;Escalated to a supervisor&quot;, until a supervisor clears it.</source>
        <translation>%1 ተቖጻጻሪ ክሳብ ዝውድኦ ናብ መስርዕ ምርኣይ ተቖጻጸርቲ፡ ኣብ ትሕቲ &quot;ናብ ተቖጻጻሪ ዝተላዕሉ&quot; ይኸይድ።</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>ምልዓል</translation>
    </message>
    <message>
        <source>&amp;What needs a supervisor?</source>
        <translation>እንታይ ተቖጻጻሪ የድልዮ?(&amp;W)</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>ኣልዕል</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <source>FieldCase — prepare for travel</source>
        <translation>FieldCase — ንጉዕዞ ምድላው</translation>
    </message>
    <message>
        <source>Prepare for travel</source>
        <translation>ንጉዕዞ ተዳለው</translation>
    </message>
    <message>
        <source>Erase cases for travel</source>
        <translation>ንጉዕዞ ጉዳያት ደምስስ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Before a border crossing, this laptop can keep no case at all. Once everything is synced, every case, search entry and attachment is erased with new keys, so what was here cannot be read again. Your passphrase still opens FieldCase; after the crossing, unlock and sync to download the cases again.</source>
        <translation>ቅድሚ ዶብ ምስጋር፡ እዚ ኮምፒተር ፈጺሙ ጉዳይ ከይሓዘ ክኸውን ይኽእል። ኩሉ ምስ ተለዋወጠ፡ ነፍሲ ወከፍ ጉዳይ፡ መእተዊ ምድላይን ተተሓሒዙ ዘሎን ብሓደሽቲ መፍትሕታት ይድምሰስ፡ ስለዚ ኣብዚ ዝነበረ ደጊሙ ክንበብ ኣይክእልን። መሕለፊ ቃልካ ገና FieldCase ይኸፍት፤ ድሕሪ ምስጋር፡ ጉዳያት ደጊምካ ንምውራድ ክፈትን ለዋወጥን።</translation>
    </message>
    <message>
        <source>Checking what is synced…</source>
        <translation>ዝተለዋወጠ ይፈትሽ ኣሎ…</translation>
    </message>
    <message>
        <source>Travel status</source>
        <translation>ኩነታት ጉዕዞ</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a server, so its cases could not be downloaded again after the crossing. Nothing can be erased.</source>
        <translation>እዚ ኮምፒተር ምስ ሰርቨር ኣይተመዝገበን፡ ስለዚ ጉዳያቱ ድሕሪ ምስጋር ደጊሞም ክወርዱ ኣይክእሉን። ዝድምሰስ የለን።</translation>
    </message>
    <message numerus="yes">
        <source>Everything is synced. %Ln case(s) on this laptop will be erased. FieldCase locks when it is done.</source>
        <translation>
            <numerusform>ኩሉ ተለዋዊጡ። ኣብዚ ኮምፒተር ዘሎ %Ln ጉዳይ ክድምሰስ እዩ። ምስ ተወድአ FieldCase ይቆልፍ።</numerusform>
            <numerusform>ኩሉ ተለዋዊጡ። ኣብዚ ኮምፒተር ዘለዉ %Ln ጉዳያት ክድምሰሱ እዮም። ምስ ተወድአ FieldCase ይቆልፍ።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln ዝለኣኽ ለውጢ</numerusform>
            <numerusform>%Ln ዝለኣኹ ለውጥታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln ዝፍታሕ ክፉት ዘይምስምማዕ</numerusform>
            <numerusform>%Ln ዝፍትሑ ክፉታት ዘይምስምማዓት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change(s) held</source>
        <translation>
            <numerusform>%Ln ተታሒዙ ዘሎ ዝተነጽገ ለውጢ</numerusform>
            <numerusform>%Ln ተታሒዞም ዘለዉ ዝተነጽጉ ለውጥታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s) not uploaded</source>
        <translation>
            <numerusform>%Ln ዘይተሰቕለ ተተሓሒዙ ዘሎ</numerusform>
            <numerusform>%Ln ዘይተሰቕሉ ተተሓሒዞም ዘለዉ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit event(s) not sent</source>
        <translation>
            <numerusform>%Ln ዘይተላእከ ፍጻመ መዝገብ ምቁጽጻር</numerusform>
            <numerusform>%Ln ዘይተላእኩ ፍጻመታት መዝገብ ምቁጽጻር</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything is synced yet:</source>
        <translation>ገና ኩሉ ኣይተለዋወጠን፦</translation>
    </message>
    <message>
        <source>Sync, and deal with what waits, then prepare again. Nothing was erased.</source>
        <translation>ለዋወጥ፡ ነቲ ዝጽበ ድማ ፍታሕ፡ ደሓር ደጊምካ ተዳለው። ዝተደምሰሰ የለን።</translation>
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
        <translation>ስም ተጠቃሚ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>መሕለፊ ቃል</translation>
    </message>
    <message>
        <source>&amp;Forgot your passphrase?</source>
        <translation>መሕለፊ ቃልካ ረሲዕካ ዲኻ?(&amp;F)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>Unlock FieldCase</source>
        <translation>FieldCase ክፈት</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ክፈት</translation>
    </message>
    <message>
        <source>The cases on this laptop are encrypted. Enter your user name and passphrase to open them.</source>
        <translation>ኣብዚ ኮምፒተር ዘለዉ ጉዳያት ተሓቢኦም (ተመስጢሮም) እዮም። ንምኽፋቶም ስም ተጠቃሚኻን መሕለፊ ቃልካን ኣእቱ።</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>ይኸፍት ኣሎ…</translation>
    </message>
</context>
<context>
    <name>WorkflowSection</name>
    <message>
        <source>What you can do now</source>
        <translation>ሕጂ ክትገብሮ እትኽእል</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ምኽንያት(&amp;R)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>መስርሕ ስራሕ</translation>
    </message>
    <message>
        <source>This case is: %1</source>
        <translation>እዚ ጉዳይ፦ %1</translation>
    </message>
    <message>
        <source>There is nothing you can do to move this case on now; a supervisor may.</source>
        <translation>ሕጂ ነዚ ጉዳይ ንቕድሚት ንምውሳድ ክትገብሮ እትኽእል የለን፤ ተቖጻጻሪ ይኽእል።</translation>
    </message>
    <message>
        <source>A reason is needed for: %1. It is kept as a note on the case.</source>
        <translation>ምኽንያት የድሊ ን፦ %1። ኣብቲ ጉዳይ ከም መዘኻኸሪ ይዕቀብ።</translation>
    </message>
    <message>
        <source>A reason you give is kept as a note on the case.</source>
        <translation>እትህቦ ምኽንያት ኣብቲ ጉዳይ ከም መዘኻኸሪ ይዕቀብ።</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>ይሰርሕ ኣሎ…</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>ተፈጺሙ፦ %1።</translation>
    </message>
</context>
<context>
    <name>codes/assistance</name>
    <message>
        <source>Food</source>
        <translation>መግቢ</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>ማይ</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>መጽለሊ</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>ሕክምና</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>ስነ-ኣእምሮኣዊ ማሕበራዊ ደገፍ</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>ሕጋዊ ሓገዝ</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>ገንዘብ</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>ክዳውንቲ</translation>
    </message>
    <message>
        <source>Hygiene items</source>
        <translation>ናውቲ ጽሬት</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>መጓዓዝያ</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>ምድላይ ስድራ</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>ሓበሬታ</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>ትርጉም</translation>
    </message>
</context>
<context>
    <name>codes/attachment_kind</name>
    <message>
        <source>Photo</source>
        <translation>ስእሊ</translation>
    </message>
    <message>
        <source>Document scan</source>
        <translation>ዝተሰከነ ሰነድ</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>ቅጥዒ ፍቓድ</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>መዝገብ ሕክምና</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>ካልእ ፋይል</translation>
    </message>
</context>
<context>
    <name>codes/consent_form</name>
    <message>
        <source>Spoken</source>
        <translation>ብቓል</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>ብጽሑፍ</translation>
    </message>
</context>
<context>
    <name>codes/consent_giver</name>
    <message>
        <source>The person</source>
        <translation>እቲ ሰብ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>ኣላዪ</translation>
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
        <translation>ናብ ኣገልግሎታት ምምሕልላፍ</translation>
    </message>
    <message>
        <source>Anonymous statistics</source>
        <translation>ስም ዘይብሉ ጸብጻብ</translation>
    </message>
    <message>
        <source>Follow-up contact</source>
        <translation>ክትትል ርክብ</translation>
    </message>
</context>
<context>
    <name>codes/document_holder</name>
    <message>
        <source>The person</source>
        <translation>እቲ ሰብ</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>ወሃቢ ስራሕ</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>መልማሊ</translation>
    </message>
    <message>
        <source>Smuggler</source>
        <translation>ሰጋሪ (ደላላይ)</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>ሰበ-ስልጣን</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ጠፊኡ</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ዘይፍለጥ</translation>
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
        <translation>ሃገራዊ መንነት ወረቐት</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>ወረቐት ልደት</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>ፍቓድ መንበሪ</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>ሰነድ ጉዕዞ</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>ካልእ ሰነድ</translation>
    </message>
</context>
<context>
    <name>codes/flag</name>
    <message>
        <source>Unaccompanied child</source>
        <translation>ብዘይ ኣላዪ ዘሎ ቆልዓ</translation>
    </message>
    <message>
        <source>Separated child</source>
        <translation>ካብ ስድራኡ ዝተፈልየ ቆልዓ</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>ነፍሰ ጾር</translation>
    </message>
    <message>
        <source>Serious medical condition</source>
        <translation>ከቢድ ሕማም</translation>
    </message>
    <message>
        <source>Survivor of violence</source>
        <translation>ካብ ዓመጽ ዝደሓነ</translation>
    </message>
    <message>
        <source>At risk of detention</source>
        <translation>ናይ ምእሳር ሓደጋ</translation>
    </message>
    <message>
        <source>Needs supervisor review</source>
        <translation>ተቖጻጻሪ ክርእዮ የድሊ</translation>
    </message>
    <message>
        <source>Trafficking indicators</source>
        <translation>መርኣያታት ምዝውዋር ደቂ ሰባት</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>ስንክልና</translation>
    </message>
    <message>
        <source>Older person</source>
        <translation>ዓቢ ሰብ (ኣረጋዊ)</translation>
    </message>
    <message>
        <source>Single caregiver</source>
        <translation>በይኑ ዝናቢ ወላዲ</translation>
    </message>
    <message>
        <source>Missing family member</source>
        <translation>ዝጠፍአ ኣባል ስድራ</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>ዜግነት ዘይብሉ</translation>
    </message>
    <message>
        <source>Threatened by exploiters</source>
        <translation>ብመዝመዝቲ ዝተፈራርሀ</translation>
    </message>
</context>
<context>
    <name>codes/incident</name>
    <message>
        <source>Violence</source>
        <translation>ዓመጽ</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>ጾታዊ ዓመጽ</translation>
    </message>
    <message>
        <source>Extortion</source>
        <translation>ምምንዛዕ (ብግዲ ገንዘብ ምውሳድ)</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>ማእሰርቲ</translation>
    </message>
    <message>
        <source>Documents taken</source>
        <translation>ሰነዳት ተወሲዶም</translation>
    </message>
    <message>
        <source>Kidnapping</source>
        <translation>ምጭዋይ</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <translation>ግዱድ ስራሕ</translation>
    </message>
    <message>
        <source>Abandonment</source>
        <translation>ምጥላም</translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation>ዝምታ</translation>
    </message>
</context>
<context>
    <name>codes/language</name>
    <message>
        <source>Mesopotamian Arabic</source>
        <translation>ዓረብኛ ሜሶጶጣምያ</translation>
    </message>
    <message>
        <source>Hijazi Arabic</source>
        <translation>ዓረብኛ ሒጃዝ</translation>
    </message>
    <message>
        <source>Gulf Arabic</source>
        <translation>ዓረብኛ ገልፍ</translation>
    </message>
    <message>
        <source>Assyrian Neo-Aramaic</source>
        <translation>ኣሶራዊ ሓድሽ ኣራማይክ</translation>
    </message>
    <message>
        <source>South Levantine Arabic</source>
        <translation>ዓረብኛ ደቡብ ሌቫንት</translation>
    </message>
    <message>
        <source>Levantine Arabic</source>
        <translation>ዓረብኛ ሌቫንት</translation>
    </message>
    <message>
        <source>Sudanese Arabic</source>
        <translation>ዓረብኛ ሱዳን</translation>
    </message>
    <message>
        <source>Libyan Arabic</source>
        <translation>ዓረብኛ ሊብያ</translation>
    </message>
    <message>
        <source>North Mesopotamian Arabic</source>
        <translation>ዓረብኛ ሰሜን ሜሶጶጣምያ</translation>
    </message>
    <message>
        <source>Kaqchikel</source>
        <translation>ካክቺከል</translation>
    </message>
    <message>
        <source>Falam Chin</source>
        <translation>ፋላም ቺን</translation>
    </message>
    <message>
        <source>Hakha Chin</source>
        <translation>ሃካ ቺን</translation>
    </message>
    <message>
        <source>Tedim Chin</source>
        <translation>ተዲም ቺን</translation>
    </message>
    <message>
        <source>Chittagonian</source>
        <translation>ቺታጎንኛ</translation>
    </message>
    <message>
        <source>Pular</source>
        <translation>ፑላር</translation>
    </message>
    <message>
        <source>Nigerian Fulfulde</source>
        <translation>ፉልፉልደ ናይጀርያ</translation>
    </message>
    <message>
        <source>Borana Oromo</source>
        <translation>ኦሮምኛ ቦረና</translation>
    </message>
    <message>
        <source>Gurani</source>
        <translation>ጉራኒ</translation>
    </message>
    <message>
        <source>Eastern Oromo</source>
        <translation>ኦሮምኛ ምብራቕ</translation>
    </message>
    <message>
        <source>Hazaragi</source>
        <translation>ሃዛራጊ</translation>
    </message>
    <message>
        <source>Q&apos;eqchi&apos;</source>
        <translation>ቀቕቺ</translation>
    </message>
    <message>
        <source>Eastern Pwo Karen</source>
        <translation>ምብራቕ ፖ ካረን</translation>
    </message>
    <message>
        <source>S&apos;gaw Karen</source>
        <translation>ስጋው ካረን</translation>
    </message>
    <message>
        <source>Mam</source>
        <translation>ማም</translation>
    </message>
    <message>
        <source>Southern Pashto</source>
        <translation>ፓሽቶ ደቡብ</translation>
    </message>
    <message>
        <source>Central Pashto</source>
        <translation>ፓሽቶ ማእከል</translation>
    </message>
    <message>
        <source>Rangpuri</source>
        <translation>ራንግፑሪ</translation>
    </message>
    <message>
        <source>Sylheti</source>
        <translation>ሲልሄቲ</translation>
    </message>
    <message>
        <source>Tamasheq</source>
        <translation>ታማሸቕ</translation>
    </message>
    <message>
        <source>Tahaggart Tamahaq</source>
        <translation>ታሃጋርት ታማሃቕ</translation>
    </message>
    <message>
        <source>Southern Uzbek</source>
        <translation>ኡዝበክ ደቡብ</translation>
    </message>
</context>
<context>
    <name>codes/means</name>
    <message>
        <source>On foot</source>
        <translation>ብእግሪ</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>ኣውቶቡስ</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>ናይ ጽዕነት መኪና</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>መኪና</translation>
    </message>
    <message>
        <source>Boat</source>
        <translation>ጃልባ</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>ነፋሪት</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>ባቡር</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ካልእ</translation>
    </message>
</context>
<context>
    <name>codes/nationality</name>
    <message>
        <source>Stateless person</source>
        <translation>ዜግነት ዘይብሉ ሰብ</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>ስደተኛ</translation>
    </message>
    <message>
        <source>Nationality not known</source>
        <translation>ዜግነት ዘይፍለጥ</translation>
    </message>
</context>
<context>
    <name>codes/record_kind</name>
    <message>
        <source>Person</source>
        <translation>ሰብ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ጉዳይ</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>ሰነድ መንነት</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>ጉዕዞ</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>ምርመራ</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>ሓገዝ</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ምምሕልላፍ</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ፍቓድ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>ዕማም</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>መዘኻኸሪ</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>ስድራ ቤት</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>ተተሓሒዙ ዘሎ</translation>
    </message>
</context>
<context>
    <name>codes/referral_status</name>
    <message>
        <source>Proposed</source>
        <translation>ቀሪቡ</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ተላኢኹ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>ተቐባልነት ረኺቡ</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>ተነጺጉ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ተዛዚሙ</translation>
    </message>
</context>
<context>
    <name>codes/relationship</name>
    <message>
        <source>Parent</source>
        <translation>ወላዲ</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>ውሉድ</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>ሓው ወይ ሓፍቲ</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>ብጻይ ሓዳር</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>ካልእ ዘመድ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>ኣላዪ</translation>
    </message>
    <message>
        <source>Travel companion</source>
        <translation>መጋይሽ</translation>
    </message>
</context>
<context>
    <name>codes/risk</name>
    <message>
        <source>Low</source>
        <translation>ትሑት</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>ማእከላይ</translation>
    </message>
    <message>
        <source>High</source>
        <translation>ልዑል</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>ከቢድ</translation>
    </message>
</context>
<context>
    <name>codes/role</name>
    <message>
        <source>Worker</source>
        <translation>ሰራሕተኛ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>ተቖጻጻሪ</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>ኣማሓዳሪ</translation>
    </message>
</context>
<context>
    <name>codes/service_category</name>
    <message>
        <source>Shelter</source>
        <translation>መጽለሊ</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>ሕክምና</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>ስነ-ኣእምሮኣዊ ማሕበራዊ ደገፍ</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>ሕጋዊ ሓገዝ</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>ምድላይ ስድራ</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>ሓለዋ ቆልዑ</translation>
    </message>
    <message>
        <source>Safe transport</source>
        <translation>ውሑስ መጓዓዝያ</translation>
    </message>
    <message>
        <source>Anti-trafficking hotline</source>
        <translation>መስመር ተሌፎን ምክልኻል ምዝውዋር</translation>
    </message>
    <message>
        <source>Basic needs</source>
        <translation>መሰረታዊ ድሌታት</translation>
    </message>
    <message>
        <source>Cash assistance</source>
        <translation>ሓገዝ ገንዘብ</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>ትርጉም</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>ካልእ ኣገልግሎት</translation>
    </message>
</context>
<context>
    <name>codes/sex</name>
    <message>
        <source>Female</source>
        <translation>ኣንስተይቲ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ተባዕታይ</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>ክልተ-ጾታ</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ዘይፍለጥ</translation>
    </message>
</context>
<context>
    <name>codes/stage</name>
    <message>
        <source>Origin</source>
        <translation>መበቆል</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>መሳገሪ</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>መዕለቢ</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>ምምላስ</translation>
    </message>
</context>
<context>
    <name>codes/status</name>
    <message>
        <source>Open</source>
        <translation>ክፉት</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>ገምጋም</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>መደብ ጉዳይ</translation>
    </message>
    <message>
        <source>Receiving services</source>
        <translation>ኣገልግሎት ይቕበል ኣሎ</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>ምዕጻው ተሓቲቱ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ዕጹው</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>ዳግም ተኸፊቱ</translation>
    </message>
</context>
<context>
    <name>codes/weekday</name>
    <message>
        <source>Monday</source>
        <translation>ሰኑይ</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>ሰሉስ</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>ረቡዕ</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>ሓሙስ</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>ዓርቢ</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>ቀዳም</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>ሰንበት</translation>
    </message>
</context>
<context>
    <name>codes/wg_answer</name>
    <message>
        <source>No difficulty</source>
        <translation>ጸገም የለን</translation>
    </message>
    <message>
        <source>Some difficulty</source>
        <translation>ቁሩብ ጸገም</translation>
    </message>
    <message>
        <source>A lot of difficulty</source>
        <translation>ብዙሕ ጸገም</translation>
    </message>
    <message>
        <source>Cannot do at all</source>
        <translation>ፈጺሙ ኣይክእልን</translation>
    </message>
</context>
<context>
    <name>codes/wg_domain</name>
    <message>
        <source>Seeing</source>
        <translation>ምርኣይ</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>ምስማዕ</translation>
    </message>
    <message>
        <source>Walking or climbing steps</source>
        <translation>ምኻድ ወይ መሳልል ምድያብ</translation>
    </message>
    <message>
        <source>Remembering or concentrating</source>
        <translation>ምዝካር ወይ ምትኳር</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>ርእሰ-ክንክን</translation>
    </message>
    <message>
        <source>Communicating</source>
        <translation>ምርድዳእ</translation>
    </message>
</context>
<context>
    <name>codes/workflow_action</name>
    <message>
        <source>Start assessment</source>
        <translation>ገምጋም ጀምር</translation>
    </message>
    <message>
        <source>Agree case plan</source>
        <translation>መደብ ጉዳይ ተሰማማዕ</translation>
    </message>
    <message>
        <source>Return the case plan</source>
        <translation>መደብ ጉዳይ ምለስ</translation>
    </message>
    <message>
        <source>Start services</source>
        <translation>ኣገልግሎታት ጀምር</translation>
    </message>
    <message>
        <source>Request closure</source>
        <translation>ምዕጻው ሕተት</translation>
    </message>
    <message>
        <source>Approve closure</source>
        <translation>ምዕጻው ኣጽድቕ</translation>
    </message>
    <message>
        <source>Return for more work</source>
        <translation>ንተወሳኺ ስራሕ ምለስ</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>ዳግም ክፈት</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Service no longer listed (%1)</source>
        <translation>ድሕሪ ሕጂ ዘይተዘርዘረ ኣገልግሎት (%1)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Add a file to the case</source>
        <translation>ናብቲ ጉዳይ ፋይል ወስኽ</translation>
    </message>
    <message>
        <source>Photos, scans and documents (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf);;All files (*)</source>
        <translation>ስእልታትን ሰነዳትን (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf);;ኩሎም ፋይላት (*)</translation>
    </message>
    <message>
        <source>Discard this registration?</source>
        <translation>ነዚ ምዝገባ ክትገድፎ ዲኻ?</translation>
    </message>
    <message>
        <source>What you typed about this person will be lost.</source>
        <translation>ብዛዕባ እዚ ሰብ ዝጸሓፍካዮ ክጠፍእ እዩ።</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>ግደፍ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>ምቕያር ቀጽል(&amp;K)</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>Required.</source>
        <translation>የድሊ።</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>ባዶ ክኸውን የብሉን።</translation>
    </message>
    <message>
        <source>This is not the right kind of value.</source>
        <translation>እዚ ቅኑዕ ዓይነት ዋጋ ኣይኮነን።</translation>
    </message>
    <message>
        <source>This field is not part of a case.</source>
        <translation>እዚ ቦታ ክፋል ጉዳይ ኣይኮነን።</translation>
    </message>
    <message>
        <source>This setting is not part of the policy.</source>
        <translation>እዚ ምቅንጃው ክፋል ፖሊሲ ኣይኮነን።</translation>
    </message>
    <message>
        <source>This value could not be read.</source>
        <translation>እዚ ዋጋ ክንበብ ኣይከኣለን።</translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation>እዚ ፋይል ክንበብ ኣይከኣለን።</translation>
    </message>
    <message>
        <source>These changes were made on another case; open that case to save them.</source>
        <translation>እዞም ለውጥታት ኣብ ካልእ ጉዳይ እዮም ተገይሮም፤ ንምዕቃቦም ነቲ ጉዳይ ክፈቶ።</translation>
    </message>
    <message>
        <source>This is not a document FieldCase can read.</source>
        <translation>እዚ FieldCase ከንብቦ ዝኽእል ሰነድ ኣይኮነን።</translation>
    </message>
    <message>
        <source>This document is nested too deeply to read.</source>
        <translation>እዚ ሰነድ ንምንባብ ኣዝዩ ዓሚቝ ተጠላሊፉ ኣሎ።</translation>
    </message>
    <message>
        <source>This is too large to read.</source>
        <translation>እዚ ንምንባብ ኣዝዩ ዓቢ እዩ።</translation>
    </message>
    <message>
        <source>This file is too large (%1): a case keeps files of at most %2. Scan or photograph it at a lower resolution.</source>
        <translation>እዚ ፋይል ኣዝዩ ዓቢ እዩ (%1)፦ ጉዳይ ክሳብ %2 ዝኾኑ ፋይላት ጥራይ ይሕዝ። ብትሑት ጽሬት ስከኖ ወይ ስኣሎ።</translation>
    </message>
    <message>
        <source>This is a program or a script. A case keeps photos, scans and documents only.</source>
        <translation>እዚ ፕሮግራም ወይ ስክሪፕት እዩ። ጉዳይ ስእልታትን ሰነዳትን ጥራይ ይሕዝ።</translation>
    </message>
    <message>
        <source>This field is given twice.</source>
        <translation>እዚ ቦታ ክልተ ግዜ ተዋሂቡ።</translation>
    </message>
    <message>
        <source>This text holds a broken character; type it again.</source>
        <translation>እዚ ጽሑፍ ዝተሰብረ ፊደል ኣለዎ፤ ደጊምካ ጽሓፎ።</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation>ካብቶም ዝቐረቡ ዋጋታት ሓደ ምረጽ።</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>ኣዝዩ ነዊሕ፦ ክሳብ %1 ፊደላት።</translation>
    </message>
    <message>
        <source>Remove the hidden direction marks; type the name as it is written.</source>
        <translation>ነቶም ሕቡኣት ምልክታት ኣንፈት ኣልግሶም፤ ነቲ ስም ከም ዝጽሓፍ ጽሓፎ።</translation>
    </message>
    <message>
        <source>Type at least one visible letter.</source>
        <translation>እንተ ወሓደ ሓንቲ ትርአ ፊደል ጽሓፍ።</translation>
    </message>
    <message>
        <source>Remove the line breaks or invisible characters.</source>
        <translation>ምቁራጽ መስመር ወይ ዘይርኣዩ ፊደላት ኣልግስ።</translation>
    </message>
    <message>
        <source>This is not written the way it should be.</source>
        <translation>እዚ ብዝግባእ ኣይተጻሕፈን።</translation>
    </message>
    <message>
        <source>This record&apos;s id is not valid.</source>
        <translation>መለለዪ ናይዚ መዝገብ ቅኑዕ ኣይኮነን።</translation>
    </message>
    <message>
        <source>Two records have the same id.</source>
        <translation>ክልተ መዛግብ ሓደ መለለዪ ኣለዎም።</translation>
    </message>
    <message>
        <source>This cannot be changed once it is set.</source>
        <translation>እዚ ሓንሳብ ምስ ተቐመጠ ክቕየር ኣይክእልን።</translation>
    </message>
    <message>
        <source>Entries are kept as written; add a correction instead.</source>
        <translation>ዝተመዝገበ ከም ዝተጻሕፎ ይዕቀብ፤ ኣብ ክንድኡ እርማት ወስኽ።</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>ምሉእ ቁጽሪ ኣእቱ።</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>ካብ %1 ክሳብ %2 ቁጽሪ ኣእቱ።</translation>
    </message>
    <message>
        <source>This number is outside the allowed range.</source>
        <translation>እዚ ቁጽሪ ካብቲ ዝተፈቕደ ወጻኢ እዩ።</translation>
    </message>
    <message>
        <source>Enter a real date.</source>
        <translation>ሓቀኛ ዕለት ኣእቱ።</translation>
    </message>
    <message>
        <source>Enter a real date and time.</source>
        <translation>ሓቀኛ ዕለትን ሰዓትን ኣእቱ።</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>እዚ ዕለት ኣብ መጻኢ እዩ።</translation>
    </message>
    <message>
        <source>This date is before the one it follows.</source>
        <translation>እዚ ዕለት ቅድሚ እቲ ዝስዕቦ ዕለት እዩ።</translation>
    </message>
    <message>
        <source>This birth date gives an impossible age.</source>
        <translation>እዚ ዕለት ልደት ዘይከኣል ዕድመ ይህብ።</translation>
    </message>
    <message>
        <source>Give a date of birth or an estimated age.</source>
        <translation>ዕለት ልደት ወይ ግምታዊ ዕድመ ሃብ።</translation>
    </message>
    <message>
        <source>Choose a consent of this case.</source>
        <translation>ካብ ፍቓዳት ናይዚ ጉዳይ ምረጽ።</translation>
    </message>
    <message>
        <source>No case with this number that you may open is on this laptop.</source>
        <translation>ኣብዚ ኮምፒተር ክትከፍቶ እትኽእል ብዚ ቁጽሪ ዝኾነ ጉዳይ የለን።</translation>
    </message>
    <message>
        <source>The person has not consented to a referral to this service. Record their consent first.</source>
        <translation>እቲ ሰብ ናብዚ ኣገልግሎት ንምምሕልላፍ ኣይፈቐደን። ቅድም ፍቓዱ መዝግብ።</translation>
    </message>
    <message>
        <source>The person withdrew their consent to this referral, so it cannot be sent.</source>
        <translation>እቲ ሰብ ፍቓዱ ንዚ ምምሕልላፍ ስሒቡ፡ ስለዚ ክለኣኽ ኣይክእልን።</translation>
    </message>
    <message>
        <source>Choose a service from the service directory.</source>
        <translation>ካብ ዝርዝር ኣገልግሎታት ኣገልግሎት ምረጽ።</translation>
    </message>
    <message>
        <source>Moving a case to another site is a transfer, which a supervisor makes.</source>
        <translation>ጉዳይ ናብ ካልእ ቦታ ምስግጋር ምስግጋር እዩ፡ ተቖጻጻሪ ይገብሮ።</translation>
    </message>
    <message>
        <source>Escalate a case, or clear an escalation, with its own action.</source>
        <translation>ጉዳይ ምልዓል ወይ ምልዓል ምውዳእ ብናቱ ተግባር ግበሮ።</translation>
    </message>
    <message>
        <source>The case is already at this site.</source>
        <translation>እቲ ጉዳይ ድሮ ኣብዚ ቦታ ኣሎ።</translation>
    </message>
    <message>
        <source>No transfer of this case is waiting.</source>
        <translation>ዝጽበ ምስግጋር ናይዚ ጉዳይ የለን።</translation>
    </message>
    <message>
        <source>The case is not escalated.</source>
        <translation>እቲ ጉዳይ ኣይተላዕለን።</translation>
    </message>
    <message>
        <source>This consent is not for a referral.</source>
        <translation>እዚ ፍቓድ ንምምሕልላፍ ኣይኮነን።</translation>
    </message>
    <message>
        <source>This consent was given for another service.</source>
        <translation>እዚ ፍቓድ ንኻልእ ኣገልግሎት እዩ ተዋሂቡ።</translation>
    </message>
    <message>
        <source>A referral needs this.</source>
        <translation>ምምሕልላፍ እዚ የድልዮ።</translation>
    </message>
    <message>
        <source>Only a consent to refer has this.</source>
        <translation>ፍቓድ ምምሕልላፍ ጥራይ እዚ ኣለዎ።</translation>
    </message>
    <message>
        <source>Only the assigned worker or a supervisor may record this.</source>
        <translation>ነዚ እቲ ዝተዋህቦ ሰራሕተኛ ወይ ተቖጻጻሪ ጥራይ ክምዝግቦ ይኽእል።</translation>
    </message>
    <message>
        <source>This changes only through the case&apos;s workflow actions.</source>
        <translation>እዚ ብተግባራት መስርሕ ስራሕ ናይቲ ጉዳይ ጥራይ ይቕየር።</translation>
    </message>
    <message>
        <source>This case has no such record.</source>
        <translation>እዚ ጉዳይ ከምዚ ዝበለ መዝገብ የብሉን።</translation>
    </message>
    <message>
        <source>This question is not in the questionnaire.</source>
        <translation>እዚ ሕቶ ኣብቶም ሕቶታት የለን።</translation>
    </message>
    <message>
        <source>Answer yes, no, or leave it unanswered.</source>
        <translation>እወ፡ ኣይፋል መልስ፡ ወይ ከይመለስካ ግደፎ።</translation>
    </message>
    <message>
        <source>This questionnaire version is not on this laptop.</source>
        <translation>እዚ ሕታም ሕቶታት ኣብዚ ኮምፒተር የለን።</translation>
    </message>
    <message>
        <source>This questionnaire is not on this laptop.</source>
        <translation>እዚ ሕቶታት ኣብዚ ኮምፒተር የለን።</translation>
    </message>
    <message>
        <source>The person&apos;s age or journey stage is needed to score this.</source>
        <translation>ነዚ ንምግምጋም ዕድመ እቲ ሰብ ወይ ደረጃ ጉዕዞኡ የድሊ።</translation>
    </message>
    <message>
        <source>This questionnaire file is damaged.</source>
        <translation>ፋይል እዚ ሕቶታት ተበላሽዩ።</translation>
    </message>
    <message>
        <source>Choose one of the two values.</source>
        <translation>ካብቶም ክልተ ዋጋታት ሓደ ምረጽ።</translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation>ንርእስኻ ከተልግስ ኣይትኽእልን።</translation>
    </message>
    <message>
        <source>Only a supervisor may read the audit log of this laptop.</source>
        <translation>መዝገብ ምቁጽጻር ናይዚ ኮምፒተር ተቖጻጻሪ ጥራይ ከንብቦ ይኽእል።</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https://</source>
        <translation>ኣድራሻ እቲ ሰርቨር ኣእቱ፡ ብ https:// ዝጅምር</translation>
    </message>
    <message>
        <source>The address must start with https:// so nothing is sent in clear.</source>
        <translation>ዝኾነ ነገር ብግሁድ ከይለኣኽ እቲ ኣድራሻ ብ https:// ክጅምር ኣለዎ።</translation>
    </message>
    <message>
        <source>This laptop is already enrolled.</source>
        <translation>እዚ ኮምፒተር ድሮ ተመዝጊቡ እዩ።</translation>
    </message>
    <message>
        <source>This enrolment is no longer waiting. Start again with a new code.</source>
        <translation>እዚ ምዝገባ ድሕሪ ሕጂ ኣይጽበን። ብሓድሽ ኮድ ደጊምካ ጀምር።</translation>
    </message>
    <message>
        <source>A code is ten letters and digits, like ABCDE-12345.</source>
        <translation>ኮድ ዓሰርተ ፊደላትን ኣሃዛትን እዩ፡ ከም ABCDE-12345።</translation>
    </message>
    <message>
        <source>The server does not know this code. Check it with your administrator.</source>
        <translation>እቲ ሰርቨር ነዚ ኮድ ኣይፈልጦን። ምስ ኣማሓዳሪኻ ኣረጋግጾ።</translation>
    </message>
    <message>
        <source>This code has expired (a code lasts 24 hours). Ask your administrator for a new one.</source>
        <translation>እዚ ኮድ ግዜኡ ሓሊፉ (ኮድ ን24 ሰዓት ይሰርሕ)። ንኣማሓዳሪኻ ሓድሽ ሕተቶ።</translation>
    </message>
    <message>
        <source>This code has been used already. Ask your administrator for a new one.</source>
        <translation>እዚ ኮድ ድሮ ተጠቒምካሉ። ንኣማሓዳሪኻ ሓድሽ ሕተቶ።</translation>
    </message>
    <message>
        <source>This is not an organisation recovery key. Choose the key&apos;s file, or paste all of its text.</source>
        <translation>እዚ መፍትሕ ምምላስ ትካል ኣይኮነን። ፋይል እቲ መፍትሕ ምረጽ፡ ወይ ኩሉ ጽሑፉ ለጥፍ።</translation>
    </message>
    <message>
        <source>This key does not open this laptop: it is another organisation&apos;s key, or the laptop was set up without one.</source>
        <translation>እዚ መፍትሕ ነዚ ኮምፒተር ኣይከፍቶን፦ መፍትሕ ካልእ ትካል እዩ፡ ወይ እቲ ኮምፒተር ብዘይ መፍትሕ ተዳልዩ።</translation>
    </message>
    <message>
        <source>This is the private recovery key. Give the public key; keep the private one offline.</source>
        <translation>እዚ ብሕታዊ መፍትሕ ምምላስ እዩ። ነቲ ህዝባዊ መፍትሕ ሃብ፤ ነቲ ብሕታዊ ካብ መርበብ ወጻኢ ሓዞ።</translation>
    </message>
    <message>
        <source>A recovery public key is 64 hexadecimal digits.</source>
        <translation>ህዝባዊ መፍትሕ ምምላስ 64 ሄክሳዴሲማል ኣሃዛት እዩ።</translation>
    </message>
    <message>
        <source>This laptop has no user of that name.</source>
        <translation>ኣብዚ ኮምፒተር በዚ ስም ተጠቃሚ የለን።</translation>
    </message>
    <message>
        <source>This is not your current passphrase.</source>
        <translation>እዚ ናይ ሕጂ መሕለፊ ቃልካ ኣይኮነን።</translation>
    </message>
    <message>
        <source>Choose a passphrase different from your current one.</source>
        <translation>ካብቲ ናይ ሕጂ ዝተፈልየ መሕለፊ ቃል ምረጽ።</translation>
    </message>
    <message>
        <source>The warning must come before the limit.</source>
        <translation>እቲ መጠንቀቕታ ቅድሚ እቲ ደረት ክመጽእ ኣለዎ።</translation>
    </message>
    <message>
        <source>Your organisation does not allow this.</source>
        <translation>ትካልካ ነዚ ኣይፈቕዶን።</translation>
    </message>
    <message>
        <source>Your organisation requires this.</source>
        <translation>ትካልካ ነዚ ይሓትት።</translation>
    </message>
    <message>
        <source>Choose a duress passphrase different from your passphrase.</source>
        <translation>ካብ መሕለፊ ቃልካ ዝተፈልየ ናይ ግዳድ መሕለፊ ቃል ምረጽ።</translation>
    </message>
    <message>
        <source>Switch quick wipe on first.</source>
        <translation>ቅድም ቅልጡፍ ምድምሳስ ወልዕ።</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>እቶም ክልተ መሕለፊ ቃላት ሓደ ኣይኮኑን።</translation>
    </message>
    <message>
        <source>Use at least %1 characters; several words are easiest.</source>
        <translation>እንተ ወሓደ %1 ፊደላት ተጠቐም፤ ብዙሓት ቃላት ዝቐለሉ እዮም።</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; choose something else.</source>
        <translation>እዚ ሓደ ካብቶም ኣዝዮም ልሙዳት መሕለፊ ቃላት እዩ፤ ካልእ ምረጽ።</translation>
    </message>
    <message>
        <source>Too repetitive: repeated characters or a repeated short pattern.</source>
        <translation>ኣዝዩ ዝድገም፦ ዝድገሙ ፊደላት ወይ ዝድገም ሓጺር ቅርጺ።</translation>
    </message>
    <message>
        <source>A keyboard or alphabet sequence is guessed first; choose something else.</source>
        <translation>ተኸታታሊ ፊደላት መጽሓፊ ወይ ፊደል ቅድም ይግመት፤ ካልእ ምረጽ።</translation>
    </message>
    <message>
        <source>Do not build it from your user name, the site or the product name.</source>
        <translation>ካብ ስም ተጠቃሚኻ፡ ካብ ስም ቦታ ወይ ካብ ስም ፕሮግራም ኣይትሃንጾ።</translation>
    </message>
    <message>
        <source>The case already shows these values. Change the case and save it, or drop the refused change.</source>
        <translation>እቲ ጉዳይ ድሮ እዞም ዋጋታት የርኢ። ነቲ ጉዳይ ቀይርካ ዓቅቦ፡ ወይ ነቲ ዝተነጽገ ለውጢ ግደፎ።</translation>
    </message>
    <message>
        <source>You may not make this change on the server: it needs a supervisor of the case&apos;s team.</source>
        <translation>ነዚ ለውጢ ኣብ ሰርቨር ክትገብሮ ኣይትኽእልን፦ ተቖጻጻሪ ጉጅለ እቲ ጉዳይ የድልዮ።</translation>
    </message>
    <message>
        <source>The server does not let you change this case: it is not assigned to you, or it has moved to another team.</source>
        <translation>እቲ ሰርቨር ነዚ ጉዳይ ክትቕይሮ ኣየፍቅደልካን፦ ናባኻ ኣይተዋህበን፡ ወይ ናብ ካልእ ጉጅለ ተሰጋጊሩ።</translation>
    </message>
    <message>
        <source>The server does not know this user name.</source>
        <translation>እቲ ሰርቨር ነዚ ስም ተጠቃሚ ኣይፈልጦን።</translation>
    </message>
    <message>
        <source>The server does not know this site.</source>
        <translation>እቲ ሰርቨር ነዚ ቦታ ኣይፈልጦን።</translation>
    </message>
    <message>
        <source>This site belongs to another team: a case moves only between the sites of its own team.</source>
        <translation>እዚ ቦታ ናይ ካልእ ጉጅለ እዩ፦ ጉዳይ ኣብ መንጎ ቦታታት ናይ ገዛእ ርእሱ ጉጅለ ጥራይ ይሰጋገር።</translation>
    </message>
    <message>
        <source>This person is not in the case&apos;s team.</source>
        <translation>እዚ ሰብ ኣብ ጉጅለ እቲ ጉዳይ የለን።</translation>
    </message>
    <message>
        <source>Moving a case to another site is a transfer: a supervisor of the case&apos;s team makes it, to one of the team&apos;s sites.</source>
        <translation>ጉዳይ ናብ ካልእ ቦታ ምስግጋር ምስግጋር እዩ፦ ተቖጻጻሪ ጉጅለ እቲ ጉዳይ ናብ ሓደ ካብ ቦታታት እቲ ጉጅለ ይገብሮ።</translation>
    </message>
    <message>
        <source>The case cannot move to this status from the one the server holds. Use the case&apos;s workflow actions.</source>
        <translation>እቲ ጉዳይ ካብቲ ሰርቨር ዝሓዞ ኩነታት ናብዚ ኩነታት ክሰጋገር ኣይክእልን። ተግባራት መስርሕ ስራሕ ናይቲ ጉዳይ ተጠቐም።</translation>
    </message>
    <message>
        <source>This case number is in another laptop&apos;s series. Tell your administrator.</source>
        <translation>እዚ ቁጽሪ ጉዳይ ኣብ ተርታ ካልእ ኮምፒተር እዩ። ንኣማሓዳሪኻ ንገሮ።</translation>
    </message>
    <message>
        <source>The screening result does not follow from its answers. Screen the person again on this laptop.</source>
        <translation>ውጽኢት ምርመራ ምስ መልስታቱ ኣይሰማማዕን። ነቲ ሰብ ኣብዚ ኮምፒተር ደጊምካ መርምሮ።</translation>
    </message>
    <message>
        <source>This change is too large to send.</source>
        <translation>እዚ ለውጢ ንምልኣኽ ኣዝዩ ዓቢ እዩ።</translation>
    </message>
    <message>
        <source>The server could not read this change. Tell your administrator.</source>
        <translation>እቲ ሰርቨር ነዚ ለውጢ ከንብቦ ኣይከኣለን። ንኣማሓዳሪኻ ንገሮ።</translation>
    </message>
    <message>
        <source>The server already holds another change under the same id. Tell your administrator.</source>
        <translation>እቲ ሰርቨር ብሓደ መለለዪ ካልእ ለውጢ ድሮ ሒዙ ኣሎ። ንኣማሓዳሪኻ ንገሮ።</translation>
    </message>
    <message>
        <source>The server holds this record as another kind of record. Tell your administrator.</source>
        <translation>እቲ ሰርቨር ነዚ መዝገብ ከም ካልእ ዓይነት መዝገብ ሒዝዎ ኣሎ። ንኣማሓዳሪኻ ንገሮ።</translation>
    </message>
    <message>
        <source>The server holds this record in another case. Tell your administrator.</source>
        <translation>እቲ ሰርቨር ነዚ መዝገብ ኣብ ካልእ ጉዳይ ሒዝዎ ኣሎ። ንኣማሓዳሪኻ ንገሮ።</translation>
    </message>
    <message>
        <source>The server holds this record differently. Tell your administrator.</source>
        <translation>እቲ ሰርቨር ነዚ መዝገብ ብዝተፈልየ ሒዝዎ ኣሎ። ንኣማሓዳሪኻ ንገሮ።</translation>
    </message>
    <message>
        <source>This change could not be read on this laptop, so it was not sent. Tell your administrator.</source>
        <translation>እዚ ለውጢ ኣብዚ ኮምፒተር ክንበብ ኣይከኣለን፡ ስለዚ ኣይተላእከን። ንኣማሓዳሪኻ ንገሮ።</translation>
    </message>
    <message>
        <source>Too long for the server.</source>
        <translation>ንሰርቨር ኣዝዩ ነዊሕ።</translation>
    </message>
    <message>
        <source>The server did not accept this change (%1).</source>
        <translation>እቲ ሰርቨር ነዚ ለውጢ ኣይተቐበሎን (%1)።</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>ክሳብ %1 ፊደላት ተጠቐም።</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Quit</source>
        <translation>ውጻእ</translation>
    </message>
</context>
</TS>
