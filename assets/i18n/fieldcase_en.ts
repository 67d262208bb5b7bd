<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionWords</name>
    <message numerus="yes">
        <source>&amp;Conflicts (%n)</source>
        <translation>
            <numerusform>&amp;Conflicts (%n)</numerusform>
            <numerusform>&amp;Conflicts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Refused changes (%n)</source>
        <translation>
            <numerusform>&amp;Refused changes (%n)</numerusform>
            <numerusform>&amp;Refused changes (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>Preparing a demo with %n fictional case(s)…</source>
        <translation>
            <numerusform>Preparing a demo with %n fictional case…</numerusform>
            <numerusform>Preparing a demo with %n fictional cases…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) no longer on this laptop</source>
        <translation>
            <numerusform>%n case no longer on this laptop</numerusform>
            <numerusform>%n cases no longer on this laptop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n event.</numerusform>
            <numerusform>%n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n event(s); more load as you scroll down.</source>
        <translation>
            <numerusform>The newest %n event; more load as you scroll down.</numerusform>
            <numerusform>The newest %n events; more load as you scroll down.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftWords</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueWords</name>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due today (%n)</source>
        <translation>
            <numerusform>Due today (%n)</numerusform>
            <numerusform>Due today (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in the next %1 days (%n)</source>
        <translation>
            <numerusform>Due in the next %1 days (%n)</numerusform>
            <numerusform>Due in the next %1 days (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the next %1 days</source>
        <translation>
            <numerusform>%n in the next %1 days</numerusform>
            <numerusform>%n in the next %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The follow-ups of %n more case(s) are due but not listed: the earliest come first.</source>
        <translation>
            <numerusform>The follow-ups of %n more case are due but not listed: the earliest come first.</numerusform>
            <numerusform>The follow-ups of %n more cases are due but not listed: the earliest come first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passphrases. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passphrases. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderWords</name>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the oldest by %n day(s)</source>
        <translation>
            <numerusform>the oldest by %n day</numerusform>
            <numerusform>the oldest by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message numerus="yes">
        <source>%1 (%n record(s))</source>
        <translation>
            <numerusform>%1 (%n record)</numerusform>
            <numerusform>%1 (%n records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1 (%n case)</numerusform>
            <numerusform>%1 (%n cases)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n conflict(s) to settle</source>
        <translation>
            <numerusform>%1, %n conflict to settle</numerusform>
            <numerusform>%1, %n conflicts to settle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeaseWords</name>
    <message numerus="yes">
        <source>Sync within %n day(s): after that this laptop will ask you to sign in to the server before anything else.</source>
        <translation>
            <numerusform>Sync within %n day: after that this laptop will ask you to sign in to the server before anything else.</numerusform>
            <numerusform>Sync within %n days: after that this laptop will ask you to sign in to the server before anything else.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been online for %n day(s); connect and sign in to the server before working on cases.</source>
        <translation>
            <numerusform>This laptop has not been online for %n day; connect and sign in to the server before working on cases.</numerusform>
            <numerusform>This laptop has not been online for %n days; connect and sign in to the server before working on cases.</numerusform>
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
        <source>%n possible match(es). Compare, then say for each whether it is the same person.</source>
        <translation>
            <numerusform>%n possible match. Compare, then say whether it is the same person.</numerusform>
            <numerusform>%n possible matches. Compare, then say for each whether it is the same person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in cases you cannot open: ask your supervisor.</source>
        <translation>
            <numerusform>%n more in a case you cannot open: ask your supervisor.</numerusform>
            <numerusform>%n more in cases you cannot open: ask your supervisor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchWords</name>
    <message numerus="yes">
        <source>about %n year(s) old</source>
        <translation>
            <numerusform>about %n year old</numerusform>
            <numerusform>about %n years old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many enrolment attempts from this network. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Too many enrolment attempts from this network. Wait %n minute, then try again.</numerusform>
            <numerusform>Too many enrolment attempts from this network. Wait %n minutes, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct. The first: %1</source>
        <translation>
            <numerusform>%n problem to correct. The first: %1</numerusform>
            <numerusform>%n problems to correct. The first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock refused. Try again in %n second(s).</source>
        <translation>
            <numerusform>Unlock refused. Try again in %n second.</numerusform>
            <numerusform>Unlock refused. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong server passphrases on this laptop. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Too many wrong server passphrases on this laptop. Wait %n minute, then try again.</numerusform>
            <numerusform>Too many wrong server passphrases on this laptop. Wait %n minutes, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been online for %n day(s). Connect and sign in to the server before working on cases.</source>
        <translation>
            <numerusform>This laptop has not been online for %n day. Connect and sign in to the server before working on cases.</numerusform>
            <numerusform>This laptop has not been online for %n days. Connect and sign in to the server before working on cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageWords</name>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix.</source>
        <translation>
            <numerusform>Not saved: %n problem to fix.</numerusform>
            <numerusform>Not saved: %n problems to fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message numerus="yes">
        <source>%n closed case(s) removed from this laptop.</source>
        <translation>
            <numerusform>%n closed case removed from this laptop.</numerusform>
            <numerusform>%n closed cases removed from this laptop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organisation keeps closed cases on this laptop for %n month(s) after their closure.</source>
        <translation>
            <numerusform>Your organisation keeps closed cases on this laptop for %n month after their closure.</numerusform>
            <numerusform>Your organisation keeps closed cases on this laptop for %n months after their closure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) can be removed</source>
        <translation>
            <numerusform>%n case can be removed</numerusform>
            <numerusform>%n cases can be removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) kept until synced</source>
        <translation>
            <numerusform>%n case kept until synced</numerusform>
            <numerusform>%n cases kept until synced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) will be removed from this laptop. The server keeps each one; this cannot be undone here.</source>
        <translation>
            <numerusform>%n closed case will be removed from this laptop. The server keeps each one; this cannot be undone here.</numerusform>
            <numerusform>%n closed cases will be removed from this laptop. The server keeps each one; this cannot be undone here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreeningWords</name>
    <message numerus="yes">
        <source>%n question(s) not answered; no answer to them could change the level.</source>
        <translation>
            <numerusform>%n question not answered; no answer to them could change the level.</numerusform>
            <numerusform>%n questions not answered; no answer to them could change the level.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered; answering them could raise the level to %1.</source>
        <translation>
            <numerusform>%n question not answered; answering them could raise the level to %1.</numerusform>
            <numerusform>%n questions not answered; answering them could raise the level to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered; answering them could lower the level to %1.</source>
        <translation>
            <numerusform>%n question not answered; answering them could lower the level to %1.</numerusform>
            <numerusform>%n questions not answered; answering them could lower the level to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered; depending on the answers the level could be anywhere from %1 to %2.</source>
        <translation>
            <numerusform>%n question not answered; depending on the answers the level could be anywhere from %1 to %2.</numerusform>
            <numerusform>%n questions not answered; depending on the answers the level could be anywhere from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInWords</name>
    <message numerus="yes">
        <source>This laptop has not been online for %n day(s), so the server must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>
            <numerusform>This laptop has not been online for %n day, so the server must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</numerusform>
            <numerusform>This laptop has not been online for %n days, so the server must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisorWords</name>
    <message numerus="yes">
        <source>%n case(s) given back to whom they were assigned before.</source>
        <translation>
            <numerusform>%n case given back to whom it was assigned before.</numerusform>
            <numerusform>%n cases given back to whom they were assigned before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) returned to intake.</source>
        <translation>
            <numerusform>%n case returned to intake.</numerusform>
            <numerusform>%n cases returned to intake.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned to %1.</source>
        <translation>
            <numerusform>%n case assigned to %1.</numerusform>
            <numerusform>%n cases assigned to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already were.</source>
        <translation>
            <numerusform>%n already was.</numerusform>
            <numerusform>%n already were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not: %1.</source>
        <translation>
            <numerusform>%n not: %1.</numerusform>
            <numerusform>%n not: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Assign %n case(s) to:</source>
        <translation>
            <numerusform>&amp;Assign %n case to:</numerusform>
            <numerusform>&amp;Assign %n cases to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals with no answer after %n day(s) (%1)</source>
        <translation>
            <numerusform>Referrals with no answer after %n day (%1)</numerusform>
            <numerusform>Referrals with no answer after %n days (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) wait for a supervisor.</source>
        <translation>
            <numerusform>%n case wait for a supervisor.</numerusform>
            <numerusform>%n cases wait for a supervisor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed cases are not counted (%n).</source>
        <translation>
            <numerusform>Closed cases are not counted (%n).</numerusform>
            <numerusform>Closed cases are not counted (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median %1 days, over %n case(s).</source>
        <translation>
            <numerusform>Median %1 days, over %n case.</numerusform>
            <numerusform>Median %1 days, over %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) had no assistance yet.</source>
        <translation>
            <numerusform>%n open case had no assistance yet.</numerusform>
            <numerusform>%n open cases had no assistance yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) on this laptop in your scope.</source>
        <translation>
            <numerusform>%n case on this laptop in your scope.</numerusform>
            <numerusform>%n cases on this laptop in your scope.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them closed.</source>
        <translation>
            <numerusform>%n of them closed.</numerusform>
            <numerusform>%n of them closed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for %1 to sign in</source>
        <translation>
            <numerusform>%n change wait for %1 to sign in</numerusform>
            <numerusform>%n changes wait for %1 to sign in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n refused by the server</numerusform>
            <numerusform>%n refused by the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskWords</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message numerus="yes">
        <source>Everything is synced. %n case(s) on this laptop will be erased. FieldCase locks when it is done.</source>
        <translation>
            <numerusform>Everything is synced. %n case on this laptop will be erased. FieldCase locks when it is done.</numerusform>
            <numerusform>Everything is synced. %n cases on this laptop will be erased. FieldCase locks when it is done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s) to resolve</source>
        <translation>
            <numerusform>%n open conflict to resolve</numerusform>
            <numerusform>%n open conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s) held</source>
        <translation>
            <numerusform>%n refused change held</numerusform>
            <numerusform>%n refused changes held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) not uploaded</source>
        <translation>
            <numerusform>%n attachment not uploaded</numerusform>
            <numerusform>%n attachments not uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) not sent</source>
        <translation>
            <numerusform>%n audit event not sent</numerusform>
            <numerusform>%n audit events not sent</numerusform>
        </translation>
    </message>
</context>
</TS>
