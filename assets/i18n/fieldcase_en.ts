<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionWords</name>
    <message numerus="yes">
        <source>&amp;Conflicts (%Ln)</source>
        <translation>
            <numerusform>&amp;Conflicts (%Ln)</numerusform>
            <numerusform>&amp;Conflicts (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Refused changes (%Ln)</source>
        <translation>
            <numerusform>&amp;Refused changes (%Ln)</numerusform>
            <numerusform>&amp;Refused changes (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>Preparing a demo with %Ln fictional case(s)…</source>
        <translation>
            <numerusform>Preparing a demo with %Ln fictional case…</numerusform>
            <numerusform>Preparing a demo with %Ln fictional cases…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) no longer on this laptop</source>
        <translation>
            <numerusform>%Ln case no longer on this laptop</numerusform>
            <numerusform>%Ln cases no longer on this laptop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s).</source>
        <translation>
            <numerusform>%Ln event.</numerusform>
            <numerusform>%Ln events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln event(s); more load as you scroll down.</source>
        <translation>
            <numerusform>The newest %Ln event; more load as you scroll down.</numerusform>
            <numerusform>The newest %Ln events; more load as you scroll down.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftWords</name>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueWords</name>
    <message numerus="yes">
        <source>Overdue (%Ln)</source>
        <translation>
            <numerusform>Overdue (%Ln)</numerusform>
            <numerusform>Overdue (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due today (%Ln)</source>
        <translation>
            <numerusform>Due today (%Ln)</numerusform>
            <numerusform>Due today (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in the next %1 days (%Ln)</source>
        <translation>
            <numerusform>Due in the next %1 days (%Ln)</numerusform>
            <numerusform>Due in the next %1 days (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>%Ln day overdue</numerusform>
            <numerusform>%Ln days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln day(s)</source>
        <translation>
            <numerusform>In %Ln day</numerusform>
            <numerusform>In %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln due today</numerusform>
            <numerusform>%Ln due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the next %1 days</source>
        <translation>
            <numerusform>%Ln in the next %1 days</numerusform>
            <numerusform>%Ln in the next %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The follow-ups of %Ln more case(s) are due but not listed: the earliest come first.</source>
        <translation>
            <numerusform>The follow-ups of %Ln more case are due but not listed: the earliest come first.</numerusform>
            <numerusform>The follow-ups of %Ln more cases are due but not listed: the earliest come first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %Ln second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %Ln seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>Too many wrong passphrases. Try again in %Ln second.</numerusform>
            <numerusform>Too many wrong passphrases. Try again in %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderWords</name>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the oldest by %Ln day(s)</source>
        <translation>
            <numerusform>the oldest by %Ln day</numerusform>
            <numerusform>the oldest by %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message numerus="yes">
        <source>%1 (%Ln record(s))</source>
        <translation>
            <numerusform>%1 (%Ln record)</numerusform>
            <numerusform>%1 (%Ln records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln case(s))</source>
        <translation>
            <numerusform>%1 (%Ln case)</numerusform>
            <numerusform>%1 (%Ln cases)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln conflict(s) to settle</source>
        <translation>
            <numerusform>%1, %Ln conflict to settle</numerusform>
            <numerusform>%1, %Ln conflicts to settle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeaseWords</name>
    <message numerus="yes">
        <source>Sync within %Ln day(s): after that this laptop will ask you to sign in to the server before anything else.</source>
        <translation>
            <numerusform>Sync within %Ln day: after that this laptop will ask you to sign in to the server before anything else.</numerusform>
            <numerusform>Sync within %Ln days: after that this laptop will ask you to sign in to the server before anything else.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s); connect and sign in to the server before working on cases.</source>
        <translation>
            <numerusform>This laptop has not been online for %Ln day; connect and sign in to the server before working on cases.</numerusform>
            <numerusform>This laptop has not been online for %Ln days; connect and sign in to the server before working on cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) · %1 overdue</source>
        <translation>
            <numerusform>%Ln case · %1 overdue</numerusform>
            <numerusform>%Ln cases · %1 overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message numerus="yes">
        <source>%Ln possible match(es). Compare, then say for each whether it is the same person.</source>
        <translation>
            <numerusform>%Ln possible match. Compare, then say whether it is the same person.</numerusform>
            <numerusform>%Ln possible matches. Compare, then say for each whether it is the same person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in cases you cannot open: ask your supervisor.</source>
        <translation>
            <numerusform>%Ln more in a case you cannot open: ask your supervisor.</numerusform>
            <numerusform>%Ln more in cases you cannot open: ask your supervisor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchWords</name>
    <message numerus="yes">
        <source>about %Ln year(s) old</source>
        <translation>
            <numerusform>about %Ln year old</numerusform>
            <numerusform>about %Ln years old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
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
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many enrolment attempts from this network. Wait %Ln minute(s), then try again.</source>
        <translation>
            <numerusform>Too many enrolment attempts from this network. Wait %Ln minute, then try again.</numerusform>
            <numerusform>Too many enrolment attempts from this network. Wait %Ln minutes, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to correct. The first: %1</source>
        <translation>
            <numerusform>%Ln problem to correct. The first: %1</numerusform>
            <numerusform>%Ln problems to correct. The first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock refused. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>Unlock refused. Try again in %Ln second.</numerusform>
            <numerusform>Unlock refused. Try again in %Ln seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong server passphrases on this laptop. Wait %Ln minute(s), then try again.</source>
        <translation>
            <numerusform>Too many wrong server passphrases on this laptop. Wait %Ln minute, then try again.</numerusform>
            <numerusform>Too many wrong server passphrases on this laptop. Wait %Ln minutes, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s). Connect and sign in to the server before working on cases.</source>
        <translation>
            <numerusform>This laptop has not been online for %Ln day. Connect and sign in to the server before working on cases.</numerusform>
            <numerusform>This laptop has not been online for %Ln days. Connect and sign in to the server before working on cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageWords</name>
    <message numerus="yes">
        <source>Not saved: %Ln problem(s) to fix.</source>
        <translation>
            <numerusform>Not saved: %Ln problem to fix.</numerusform>
            <numerusform>Not saved: %Ln problems to fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message numerus="yes">
        <source>%Ln closed case(s) removed from this laptop.</source>
        <translation>
            <numerusform>%Ln closed case removed from this laptop.</numerusform>
            <numerusform>%Ln closed cases removed from this laptop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organisation keeps closed cases on this laptop for %Ln month(s) after their closure.</source>
        <translation>
            <numerusform>Your organisation keeps closed cases on this laptop for %Ln month after their closure.</numerusform>
            <numerusform>Your organisation keeps closed cases on this laptop for %Ln months after their closure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) can be removed</source>
        <translation>
            <numerusform>%Ln case can be removed</numerusform>
            <numerusform>%Ln cases can be removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) kept until synced</source>
        <translation>
            <numerusform>%Ln case kept until synced</numerusform>
            <numerusform>%Ln cases kept until synced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed case(s) will be removed from this laptop. The server keeps each one; this cannot be undone here.</source>
        <translation>
            <numerusform>%Ln closed case will be removed from this laptop. The server keeps each one; this cannot be undone here.</numerusform>
            <numerusform>%Ln closed cases will be removed from this laptop. The server keeps each one; this cannot be undone here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreeningWords</name>
    <message numerus="yes">
        <source>%Ln question(s) not answered; no answer to them could change the level.</source>
        <translation>
            <numerusform>%Ln question not answered; no answer to them could change the level.</numerusform>
            <numerusform>%Ln questions not answered; no answer to them could change the level.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; answering them could raise the level to %1.</source>
        <translation>
            <numerusform>%Ln question not answered; answering them could raise the level to %1.</numerusform>
            <numerusform>%Ln questions not answered; answering them could raise the level to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; answering them could lower the level to %1.</source>
        <translation>
            <numerusform>%Ln question not answered; answering them could lower the level to %1.</numerusform>
            <numerusform>%Ln questions not answered; answering them could lower the level to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; depending on the answers the level could be anywhere from %1 to %2.</source>
        <translation>
            <numerusform>%Ln question not answered; depending on the answers the level could be anywhere from %1 to %2.</numerusform>
            <numerusform>%Ln questions not answered; depending on the answers the level could be anywhere from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInWords</name>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s), so the server must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>
            <numerusform>This laptop has not been online for %Ln day, so the server must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</numerusform>
            <numerusform>This laptop has not been online for %Ln days, so the server must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisorWords</name>
    <message numerus="yes">
        <source>%Ln case(s) given back to whom they were assigned before.</source>
        <translation>
            <numerusform>%Ln case given back to whom it was assigned before.</numerusform>
            <numerusform>%Ln cases given back to whom they were assigned before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) returned to intake.</source>
        <translation>
            <numerusform>%Ln case returned to intake.</numerusform>
            <numerusform>%Ln cases returned to intake.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) assigned to %1.</source>
        <translation>
            <numerusform>%Ln case assigned to %1.</numerusform>
            <numerusform>%Ln cases assigned to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already were.</source>
        <translation>
            <numerusform>%Ln already was.</numerusform>
            <numerusform>%Ln already were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not: %1.</source>
        <translation>
            <numerusform>%Ln not: %1.</numerusform>
            <numerusform>%Ln not: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Assign %Ln case(s) to:</source>
        <translation>
            <numerusform>&amp;Assign %Ln case to:</numerusform>
            <numerusform>&amp;Assign %Ln cases to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals with no answer after %Ln day(s) (%1)</source>
        <translation>
            <numerusform>Referrals with no answer after %Ln day (%1)</numerusform>
            <numerusform>Referrals with no answer after %Ln days (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) wait for a supervisor.</source>
        <translation>
            <numerusform>%Ln case wait for a supervisor.</numerusform>
            <numerusform>%Ln cases wait for a supervisor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed cases are not counted (%Ln).</source>
        <translation>
            <numerusform>Closed cases are not counted (%Ln).</numerusform>
            <numerusform>Closed cases are not counted (%Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median %1 days, over %Ln case(s).</source>
        <translation>
            <numerusform>Median %1 days, over %Ln case.</numerusform>
            <numerusform>Median %1 days, over %Ln cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case(s) had no assistance yet.</source>
        <translation>
            <numerusform>%Ln open case had no assistance yet.</numerusform>
            <numerusform>%Ln open cases had no assistance yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) on this laptop in your scope.</source>
        <translation>
            <numerusform>%Ln case on this laptop in your scope.</numerusform>
            <numerusform>%Ln cases on this laptop in your scope.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them closed.</source>
        <translation>
            <numerusform>%Ln of them closed.</numerusform>
            <numerusform>%Ln of them closed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln min ago</numerusform>
            <numerusform>%Ln min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln h ago</numerusform>
            <numerusform>%Ln h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln change to send</numerusform>
            <numerusform>%Ln changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) wait for %1 to sign in</source>
        <translation>
            <numerusform>%Ln change wait for %1 to sign in</numerusform>
            <numerusform>%Ln changes wait for %1 to sign in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused by the server</source>
        <translation>
            <numerusform>%Ln refused by the server</numerusform>
            <numerusform>%Ln refused by the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskWords</name>
    <message numerus="yes">
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>Overdue by %Ln day</numerusform>
            <numerusform>Overdue by %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %Ln day(s)</source>
        <translation>
            <numerusform>Due in %Ln day</numerusform>
            <numerusform>Due in %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message numerus="yes">
        <source>Everything is synced. %Ln case(s) on this laptop will be erased. FieldCase locks when it is done.</source>
        <translation>
            <numerusform>Everything is synced. %Ln case on this laptop will be erased. FieldCase locks when it is done.</numerusform>
            <numerusform>Everything is synced. %Ln cases on this laptop will be erased. FieldCase locks when it is done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln change to send</numerusform>
            <numerusform>%Ln changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln open conflict to resolve</numerusform>
            <numerusform>%Ln open conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change(s) held</source>
        <translation>
            <numerusform>%Ln refused change held</numerusform>
            <numerusform>%Ln refused changes held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s) not uploaded</source>
        <translation>
            <numerusform>%Ln attachment not uploaded</numerusform>
            <numerusform>%Ln attachments not uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit event(s) not sent</source>
        <translation>
            <numerusform>%Ln audit event not sent</numerusform>
            <numerusform>%Ln audit events not sent</numerusform>
        </translation>
    </message>
</context>
</TS>
