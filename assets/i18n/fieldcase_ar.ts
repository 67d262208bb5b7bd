<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ActionWords</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;حالة</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>م&amp;زامنة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Show FieldCase in this language</source>
        <translation>عرض FieldCase بهذه اللغة</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>مزامنة ال&amp;آن</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>ال&amp;تعارضات</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts (%Ln)</source>
        <translation>
            <numerusform>ال&amp;تعارضات (%Ln)</numerusform>
            <numerusform>ال&amp;تعارضات (%Ln)</numerusform>
            <numerusform>ال&amp;تعارضات (%Ln)</numerusform>
            <numerusform>ال&amp;تعارضات (%Ln)</numerusform>
            <numerusform>ال&amp;تعارضات (%Ln)</numerusform>
            <numerusform>ال&amp;تعارضات (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refused changes</source>
        <translation>التغييرات ال&amp;مرفوضة</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Refused changes (%Ln)</source>
        <translation>
            <numerusform>التغييرات ال&amp;مرفوضة (%Ln)</numerusform>
            <numerusform>التغييرات ال&amp;مرفوضة (%Ln)</numerusform>
            <numerusform>التغييرات ال&amp;مرفوضة (%Ln)</numerusform>
            <numerusform>التغييرات ال&amp;مرفوضة (%Ln)</numerusform>
            <numerusform>التغييرات ال&amp;مرفوضة (%Ln)</numerusform>
            <numerusform>التغييرات ال&amp;مرفوضة (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>شخص &amp;جديد…</translation>
    </message>
    <message>
        <source>Register a new person</source>
        <translation>تسجيل شخص جديد</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print what this person&apos;s referral needs</source>
        <translation>طباعة ما تحتاجه إحالة هذا الشخص</translation>
    </message>
    <message>
        <source>Print case s&amp;ummary…</source>
        <translation>طباعة &amp;ملخص الحالة…</translation>
    </message>
    <message>
        <source>Print what a reader of this case needs, marked confidential</source>
        <translation>طباعة ما يحتاجه قارئ هذه الحالة، مع علامة «سري»</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>&amp;تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this laptop</source>
        <translation>اختيار عبارة مرور جديدة لهذا الحاسوب</translation>
    </message>
    <message>
        <source>Prepare for &amp;travel…</source>
        <translation>الاستعداد لل&amp;سفر…</translation>
    </message>
    <message>
        <source>Before a border crossing: erase every case from this laptop once synced; a sync brings them back</source>
        <translation>قبل عبور الحدود: امحُ كل الحالات من هذا الحاسوب بعد مزامنتها؛ تعيدها المزامنة لاحقًا</translation>
    </message>
    <message>
        <source>&amp;Duress and quick wipe…</source>
        <translation>عبارة ال&amp;إكراه والمحو السريع…</translation>
    </message>
    <message>
        <source>Set a duress passphrase; switch the quick wipe on or off</source>
        <translation>عيّن عبارة مرور للإكراه؛ شغّل المحو السريع أو أوقفه</translation>
    </message>
    <message>
        <source>Quick &amp;wipe…</source>
        <translation>م&amp;حو سريع…</translation>
    </message>
    <message>
        <source>Erase everything on this laptop at once</source>
        <translation>امحُ كل ما على هذا الحاسوب فورًا</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>Lock FieldCase now</source>
        <translation>قفل FieldCase الآن</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Close FieldCase</source>
        <translation>إغلاق FieldCase</translation>
    </message>
    <message>
        <source>Sea&amp;rch…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Search by name, case number, phone or document</source>
        <translation>البحث بالاسم أو رقم الحالة أو الهاتف أو الوثيقة</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>حفظ الحالة</translation>
    </message>
    <message>
        <source>&amp;Due follow-ups</source>
        <translation>المتابعات ال&amp;مستحقة</translation>
    </message>
    <message>
        <source>Overdue, today and this week</source>
        <translation>المتأخرة، واليوم، وهذا الأسبوع</translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation>قائمة الم&amp;راجعة</translation>
    </message>
    <message>
        <source>What waits for a supervisor, in groups with counts</source>
        <translation>ما ينتظر المشرف، في مجموعات مع أعدادها</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>&amp;لوحة المعلومات</translation>
    </message>
    <message>
        <source>The team&apos;s cases counted, in charts to save as PNG or CSV</source>
        <translation>أعداد حالات الفريق في رسوم بيانية تُحفظ بصيغة PNG أو CSV</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>م&amp;وافقة</translation>
    </message>
    <message>
        <source>Agree the case plan or approve the closure it waits for</source>
        <translation>اعتماد خطة الحالة أو الموافقة على إغلاقها المنتظر</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>إ&amp;عادة…</translation>
    </message>
    <message>
        <source>Send the case plan or the closure back, with a comment</source>
        <translation>إعادة خطة الحالة أو الإغلاق مع تعليق</translation>
    </message>
    <message>
        <source>Ass&amp;ign to…</source>
        <translation>إ&amp;سناد إلى…</translation>
    </message>
    <message>
        <source>Give the selected cases to a member of the team</source>
        <translation>إسناد الحالات المحددة إلى أحد أعضاء الفريق</translation>
    </message>
    <message>
        <source>Accept trans&amp;fer</source>
        <translation>&amp;قبول النقل</translation>
    </message>
    <message>
        <source>Take the case whose transfer waits for your site</source>
        <translation>استلام الحالة التي ينتظر نقلها موافقة موقعك</translation>
    </message>
    <message>
        <source>Dec&amp;line transfer…</source>
        <translation>رف&amp;ض النقل…</translation>
    </message>
    <message>
        <source>Leave the case with the team that sent it, saying why</source>
        <translation>إبقاء الحالة لدى الفريق الذي أرسلها، مع ذكر السبب</translation>
    </message>
    <message>
        <source>Transfer to another sit&amp;e…</source>
        <translation>&amp;نقل إلى موقع آخر…</translation>
    </message>
    <message>
        <source>Propose moving the case; it moves when a supervisor there accepts</source>
        <translation>اقتراح نقل الحالة؛ تنتقل عندما يوافق مشرف هناك</translation>
    </message>
    <message>
        <source>Es&amp;calate…</source>
        <translation>ت&amp;صعيد…</translation>
    </message>
    <message>
        <source>Raise the case to a supervisor, saying why</source>
        <translation>رفع الحالة إلى مشرف، مع ذكر السبب</translation>
    </message>
    <message>
        <source>Clear escalati&amp;on</source>
        <translation>&amp;إنهاء التصعيد</translation>
    </message>
    <message>
        <source>The escalation of the case is dealt with</source>
        <translation>تمت معالجة تصعيد الحالة</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>سجل ال&amp;تدقيق</translation>
    </message>
    <message>
        <source>Who viewed, changed, exported or printed which case, when</source>
        <translation>من اطّلع على أي حالة أو غيّرها أو صدّرها أو طبعها، ومتى</translation>
    </message>
    <message>
        <source>Rete&amp;ntion…</source>
        <translation>مدة الاحت&amp;فاظ…</translation>
    </message>
    <message>
        <source>Closed cases past your organisation&apos;s retention, to remove from this laptop</source>
        <translation>الحالات المغلقة التي تجاوزت مدة الاحتفاظ لدى منظمتك، لإزالتها من هذا الحاسوب</translation>
    </message>
    <message>
        <source>Erase t&amp;his person&apos;s record…</source>
        <translation>محو سجل &amp;هذا الشخص نهائيًا…</translation>
    </message>
    <message>
        <source>Erase the open case here, on the server and on every laptop, at a person&apos;s request</source>
        <translation>محو الحالة المفتوحة هنا وعلى الخادم وعلى كل حاسوب، بناءً على طلب الشخص</translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translation>إرسال التغييرات واستلامها الآن</translation>
    </message>
    <message>
        <source>Fields changed differently on two laptops</source>
        <translation>حقول غُيّرت بشكل مختلف على حاسوبين</translation>
    </message>
    <message>
        <source>Changes the server did not accept, with the reason</source>
        <translation>تغييرات لم يقبلها الخادم، مع السبب</translation>
    </message>
    <message>
        <source>&amp;Enrol this laptop…</source>
        <translation>ت&amp;سجيل هذا الحاسوب…</translation>
    </message>
    <message>
        <source>Connect this laptop to your organisation&apos;s server with a one-time code</source>
        <translation>ربط هذا الحاسوب بخادم منظمتك باستخدام رمز لمرة واحدة</translation>
    </message>
    <message>
        <source>Sign &amp;in to the server…</source>
        <translation>تسجيل ال&amp;دخول إلى الخادم…</translation>
    </message>
    <message>
        <source>Sign in with your server passphrase</source>
        <translation>تسجيل الدخول بعبارة مرور الخادم</translation>
    </message>
    <message>
        <source>&amp;About FieldCase</source>
        <translation>&amp;حول FieldCase</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>الإصدار والتراخيص</translation>
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
        <translation>بالإنجليزية: %1</translation>
    </message>
    <message>
        <source>⚠ Sensitive: ask in private, with no one else present.</source>
        <translation>⚠ سؤال حساس: اطرحه على انفراد، دون وجود أي شخص آخر.</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>لا إجابة</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>FieldCase — demo</source>
        <translation>FieldCase — عرض تجريبي</translation>
    </message>
    <message numerus="yes">
        <source>Preparing a demo with %Ln fictional case(s)…</source>
        <translation>
            <numerusform>جارٍ إعداد عرض تجريبي بـ %Ln حالة وهمية…</numerusform>
            <numerusform>جارٍ إعداد عرض تجريبي بـ %Ln حالة وهمية…</numerusform>
            <numerusform>جارٍ إعداد عرض تجريبي بـ %Ln حالة وهمية…</numerusform>
            <numerusform>جارٍ إعداد عرض تجريبي بـ %Ln حالات وهمية…</numerusform>
            <numerusform>جارٍ إعداد عرض تجريبي بـ %Ln حالة وهمية…</numerusform>
            <numerusform>جارٍ إعداد عرض تجريبي بـ %Ln حالة وهمية…</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo could not be prepared. %1</source>
        <translation>تعذّر إعداد العرض التجريبي. %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>FieldCase — assign cases</source>
        <translation>FieldCase — إسناد الحالات</translation>
    </message>
    <message>
        <source>Each case is changed on its own and syncs; a case that cannot be assigned is named with the reason, and the others go.</source>
        <translation>تُغيَّر كل حالة على حدة وتُزامَن؛ والحالة التي يتعذّر إسنادها تُذكر مع السبب، وتمضي الحالات الأخرى.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>إسناد</translation>
    </message>
</context>
<context>
    <name>AssistanceSection</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>قدّمها</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Assistance given</source>
        <translation>المساعدة المقدّمة</translation>
    </message>
    <message>
        <source>No assistance recorded yet.</source>
        <translation>لم تُسجَّل أي مساعدة بعد.</translation>
    </message>
    <message>
        <source>Record assistance given</source>
        <translation>تسجيل مساعدة مقدّمة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>&amp;قدّمها</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>التفا&amp;صيل</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>المساعدة</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>FieldCase — attachment</source>
        <translation>FieldCase — مرفق</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>This file could not be shown: it may be damaged.</source>
        <translation>تعذّر عرض هذا الملف: قد يكون تالفًا.</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here. FieldCase does not open it in another program, because that would write it to the disk unencrypted.</source>
        <translation>لا يمكن عرض هذا النوع من الملفات هنا. لا يفتحه FieldCase في برنامج آخر، لأن ذلك يكتبه على القرص دون تشفير.</translation>
    </message>
    <message>
        <source>The first %1 pages of %2.</source>
        <translation>أول %1 صفحات من %2.</translation>
    </message>
    <message>
        <source>%1 pages.</source>
        <translation>%1 صفحات.</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Files are added to the case at once, encrypted on this laptop: they do not wait for Save. Select a file and press Enter to view it.</source>
        <translation>تُضاف الملفات إلى الحالة فورًا، مشفّرة على هذا الحاسوب: لا تنتظر الحفظ. اختر ملفًا واضغط Enter لعرضه.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation>لا توجد ملفات بعد.</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>إضافة ملف</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>What it shows, e.g. consent form, page 1</source>
        <translation>ما يُظهره، مثلًا: استمارة الموافقة، الصفحة 1</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>إ&amp;ضافة ملف…</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>إضافة ملف…</translation>
    </message>
    <message>
        <source>or drop a file anywhere on this tab.</source>
        <translation>أو أفلِت ملفًا في أي مكان من هذا التبويب.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(بلا وصف)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>Image (%1)</source>
        <translation>صورة (%1)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Sound (%1)</source>
        <translation>صوت (%1)</translation>
    </message>
    <message>
        <source>Video (%1)</source>
        <translation>فيديو (%1)</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>ملف آخر</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Yes, not sent yet</source>
        <translation>نعم، لم يُرسَل بعد</translation>
    </message>
    <message>
        <source>Not yet: the next sync fetches it</source>
        <translation>ليس بعد: تجلبه المزامنة القادمة</translation>
    </message>
    <message>
        <source>This file is not on this laptop yet. It comes with the next sync, once there is a connection.</source>
        <translation>هذا الملف ليس على هذا الحاسوب بعد. يصل مع المزامنة القادمة، عند توفر الاتصال.</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>جارٍ فتح الملف…</translation>
    </message>
    <message>
        <source>This file cannot be read on this laptop: it is damaged, or not fully here yet. Sync, then try again; tell your administrator if it stays so.</source>
        <translation>لا يمكن قراءة هذا الملف على هذا الحاسوب: إنه تالف، أو لم يصل كاملًا بعد. قم بالمزامنة ثم حاول مجددًا؛ وأبلغ المسؤول عن النظام إن استمر ذلك.</translation>
    </message>
    <message>
        <source>Adding the file…</source>
        <translation>جارٍ إضافة الملف…</translation>
    </message>
    <message>
        <source>Added, encrypted on this laptop. It goes to the server with the next sync.</source>
        <translation>أُضيف مشفّرًا على هذا الحاسوب. يُرسَل إلى الخادم مع المزامنة القادمة.</translation>
    </message>
    <message>
        <source>Not added.</source>
        <translation>لم يُضَف.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>FieldCase — audit log</source>
        <translation>FieldCase — سجل التدقيق</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم الحالة</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>ال&amp;مستخدم</translation>
    </message>
    <message>
        <source>C&amp;ase number</source>
        <translation>رقم ال&amp;حالة</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>م&amp;ن</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>What was done on this laptop, newest first: case numbers, never names. Enter opens the case. Opening this window is recorded in the log too.</source>
        <translation>ما أُجري على هذا الحاسوب، الأحدث أولًا: أرقام الحالات فقط، دون أي أسماء. يفتح Enter الحالة. ويُسجَّل فتح هذه النافذة في السجل أيضًا.</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>أي يوم</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>لا يوجد حدث يطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>This event names several cases: open one from the case list.</source>
        <translation>يذكر هذا الحدث عدة حالات: افتح إحداها من قائمة الحالات.</translation>
    </message>
    <message>
        <source>This case is no longer on this laptop.</source>
        <translation>لم تعد هذه الحالة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This event is not about one case.</source>
        <translation>لا يتعلق هذا الحدث بحالة واحدة.</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Viewed</source>
        <translation>اطّلاع</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 و%Ln حالة أخرى</numerusform>
            <numerusform>%1 و%Ln حالة أخرى</numerusform>
            <numerusform>%1 و%Ln حالة أخرى</numerusform>
            <numerusform>%1 و%Ln حالات أخرى</numerusform>
            <numerusform>%1 و%Ln حالة أخرى</numerusform>
            <numerusform>%1 و%Ln حالة أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) no longer on this laptop</source>
        <translation>
            <numerusform>%Ln حالة لم تعد على هذا الحاسوب</numerusform>
            <numerusform>%Ln حالة لم تعد على هذا الحاسوب</numerusform>
            <numerusform>%Ln حالة لم تعد على هذا الحاسوب</numerusform>
            <numerusform>%Ln حالات لم تعد على هذا الحاسوب</numerusform>
            <numerusform>%Ln حالة لم تعد على هذا الحاسوب</numerusform>
            <numerusform>%Ln حالة لم تعد على هذا الحاسوب</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s).</source>
        <translation>
            <numerusform>%Ln حدث.</numerusform>
            <numerusform>%Ln حدث.</numerusform>
            <numerusform>%Ln حدث.</numerusform>
            <numerusform>%Ln أحداث.</numerusform>
            <numerusform>%Ln حدثًا.</numerusform>
            <numerusform>%Ln حدث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln event(s); more load as you scroll down.</source>
        <translation>
            <numerusform>أحدث %Ln حدث؛ يُحمَّل المزيد عند التمرير لأسفل.</numerusform>
            <numerusform>أحدث %Ln حدث؛ يُحمَّل المزيد عند التمرير لأسفل.</numerusform>
            <numerusform>أحدث %Ln حدث؛ يُحمَّل المزيد عند التمرير لأسفل.</numerusform>
            <numerusform>أحدث %Ln أحداث؛ يُحمَّل المزيد عند التمرير لأسفل.</numerusform>
            <numerusform>أحدث %Ln حدثًا؛ يُحمَّل المزيد عند التمرير لأسفل.</numerusform>
            <numerusform>أحدث %Ln حدث؛ يُحمَّل المزيد عند التمرير لأسفل.</numerusform>
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
        <translation>؛ </translation>
    </message>
    <message>
        <source>Nothing to count yet.</source>
        <translation>لا يوجد ما يُعدّ بعد.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>count</source>
        <translation>العدد</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Status:</source>
        <translation>الوضع:</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>غير مغلقة</translation>
    </message>
    <message>
        <source>Any, closed too</source>
        <translation>الكل، بما فيها المغلقة</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>الخطر:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>not screened</source>
        <translation>لم يُجرَ الفرز</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>المرحلة:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>الاستحقاق:</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Flag:</source>
        <translation>العلامة:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>مُسندة إلى:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Status: %1 · Stage: %2 · Risk: %3</source>
        <translation>الوضع: %1 · المرحلة: %2 · الخطر: %3</translation>
    </message>
    <message>
        <source>not screened</source>
        <translation>لم يُجرَ الفرز</translation>
    </message>
    <message>
        <source>Overdue: %1 — %2</source>
        <translation>متأخرة: %1 — %2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Overdue: the earliest open task was due on {date}</source>
        <translation>متأخرة: كان موعد أقدم مهمة مفتوحة {date}</translation>
    </message>
    <message>
        <source>{status} · matched on {what}</source>
        <translation>{status} · تطابق في {what}</translation>
    </message>
    <message>
        <source>Overdue · {date}</source>
        <translation>متأخرة · {date}</translation>
    </message>
    <message>
        <source>Today · {date}</source>
        <translation>اليوم · {date}</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>رقم الحالة</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم الحالة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>الموعد التالي</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>No one found for “{text}”. Check the spelling, or search by phone or document number.</source>
        <translation>لم يُعثر على أحد باسم «{text}». تحقّق من الإملاء، أو ابحث برقم الهاتف أو الوثيقة.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;register&quot;&gt;Register “{text}” as a new person&lt;/a&gt; (press Enter in the search box, or Ctrl+N)</source>
        <translation>&lt;a href=&quot;register&quot;&gt;تسجيل «{text}» كشخص جديد&lt;/a&gt; (اضغط Enter في مربع البحث، أو Ctrl+N)</translation>
    </message>
    <message>
        <source>No cases yet. Press Ctrl+N to register a person.</source>
        <translation>لا توجد حالات بعد. اضغط Ctrl+N لتسجيل شخص.</translation>
    </message>
    <message>
        <source>Nothing matches these filters — &lt;a href=&quot;clear&quot;&gt;clear filters&lt;/a&gt;</source>
        <translation>لا شيء يطابق عوامل التصفية هذه — &lt;a href=&quot;clear&quot;&gt;مسح عوامل التصفية&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No cases in this list.</source>
        <translation>لا توجد حالات في هذه القائمة.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the case (%1)</source>
        <translation>حفظ الحالة (%1)</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>جارٍ فتح الحالة…</translation>
    </message>
    <message>
        <source>This case changed while you were editing: %1. Your edits are kept; if you save them, both values are kept for you to settle in Conflicts.</source>
        <translation>تغيّرت هذه الحالة أثناء تحريرك: %1. تعديلاتك محفوظة هنا؛ وإذا حفظتها، تُحفظ القيمتان لتحسم بينهما في قائمة التعارضات.</translation>
    </message>
    <message>
        <source>Choose a saved referral in the list, then print its letter.</source>
        <translation>اختر إحالة محفوظة من القائمة، ثم اطبع خطابها.</translation>
    </message>
    <message>
        <source>Case %1 was erased from this laptop. The next sync erases it on the server and every other laptop.</source>
        <translation>مُحيت الحالة %1 من هذا الحاسوب. تمحوها المزامنة التالية من الخادم ومن كل حاسوب آخر.</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>لا شيء للحفظ: لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>This case changed while you were editing: %1 — both values are kept; see Conflicts to choose.</source>
        <translation>تغيّرت هذه الحالة أثناء تحريرك: %1 — حُفظت القيمتان؛ راجع قائمة التعارضات للاختيار.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>%1 See: %2.</source>
        <translation>%1 انظر: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Select a case in the list and press Enter to open it.</source>
        <translation>اختر حالة من القائمة واضغط Enter لفتحها.</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>لم يُسأل</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <source>FieldCase — case summary</source>
        <translation>FieldCase — ملخص الحالة</translation>
    </message>
    <message>
        <source>This is everything the summary shows. Print it, or save it as a PDF where you choose; either asks for your passphrase and is recorded in the audit log.</source>
        <translation>هذا كل ما يعرضه الملخص. اطبعه أو احفظه بصيغة PDF في المكان الذي تختاره؛ كلاهما يطلب عبارة المرور ويُسجَّل في سجل التدقيق.</translation>
    </message>
    <message>
        <source>&amp;Include who the person is (name, age, nationality, languages)</source>
        <translation>&amp;تضمين هوية الشخص (الاسم، العمر، الجنسية، اللغات)</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>ملخص الحالة</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Print the case summary</source>
        <translation>طباعة ملخص الحالة</translation>
    </message>
    <message>
        <source>Save the case summary</source>
        <translation>حفظ ملخص الحالة</translation>
    </message>
    <message>
        <source>case-summary.pdf</source>
        <translation>case-summary.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be saved there.</source>
        <translation>تعذّر حفظ الملخص هناك.</translation>
    </message>
    <message>
        <source>The printer could not be reached.</source>
        <translation>تعذّر الوصول إلى الطابعة.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>FieldCase — change passphrase</source>
        <translation>FieldCase — تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>عبارة المرور ال&amp;حالية</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>غيّر عبارة المرور</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The new passphrase opens this laptop from the next unlock on; the old one no longer does. A few random words you can remember work well. Your server passphrase does not change.</source>
        <translation>تفتح عبارة المرور الجديدة هذا الحاسوب ابتداءً من المرة القادمة؛ ولا تعود القديمة تفتحه. بضع كلمات عشوائية يمكنك تذكّرها تفي بالغرض. لا تتغيّر عبارة مرور الخادم.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>جارٍ التغيير…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one the next time you unlock.</source>
        <translation>تم تغيير عبارة المرور. استخدم الجديدة في المرة القادمة التي تفتح فيها القفل.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>حفظ &amp;صورة PNG…</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>حفظ &amp;جدول CSV…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>حفظ الرسم البياني</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>حفظ الرسم البياني بصيغة PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved there.</source>
        <translation>تعذّر حفظ الرسم البياني في هذا المكان.</translation>
    </message>
    <message>
        <source>Save the counts as CSV</source>
        <translation>حفظ الأعداد بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>The counts could not be saved there.</source>
        <translation>تعذّر حفظ الأعداد في هذا المكان.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>FieldCase — conflicts</source>
        <translation>FieldCase — التعارضات</translation>
    </message>
    <message>
        <source>These fields were changed differently on two laptops before they synced. Both values are kept, and the case shows the one marked “shown now” until someone decides. Select the value that is right and keep it; the choice syncs to every laptop.</source>
        <translation>غُيّرت هذه الحقول بشكل مختلف على حاسوبين قبل مزامنتهما. حُفظت القيمتان، وتعرض الحالة القيمة الموسومة «معروضة الآن» إلى أن يقرر أحد. اختر القيمة الصحيحة واحتفظ بها؛ يُزامَن الاختيار إلى كل الحواسيب.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>لا توجد تعارضات مفتوحة.</translation>
    </message>
    <message>
        <source>Keep the selected value</source>
        <translation>الاحتفاظ بالقيمة المحددة</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>عيّنها</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(السجل كاملًا)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>(not on this laptop)</source>
        <translation>(ليس على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>✓ shown now</source>
        <translation>✓ معروضة الآن</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Ask before recording more than the minimum. Tick what the person agrees to; consent to a referral is asked for each service when referring.</source>
        <translation>اطلب الموافقة قبل تسجيل أكثر من الحد الأدنى. ضع علامة على ما يوافق عليه الشخص؛ تُطلب الموافقة على الإحالة لكل خدمة عند الإحالة.</translation>
    </message>
    <message>
        <source>&amp;Registration: keep a record to help them</source>
        <translation>ال&amp;تسجيل: الاحتفاظ بسجل لمساعدته</translation>
    </message>
    <message>
        <source>Follow-up &amp;contact</source>
        <translation>التواصل لل&amp;متابعة</translation>
    </message>
    <message>
        <source>Anonymous s&amp;tatistics</source>
        <translation>إ&amp;حصاءات مجهولة الهوية</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>&amp;قدّمها</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;الطريقة</translation>
    </message>
</context>
<context>
    <name>ConsentsSection</name>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>قدّمها</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;سحب</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>تسجيل موافقة</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>ال&amp;غرض</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>ال&amp;خدمة</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>&amp;قدّمها</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>ال&amp;شكل</translation>
    </message>
    <message>
        <source>Given &amp;on</source>
        <translation>تاريخ ال&amp;تقديم</translation>
    </message>
    <message>
        <source>Withdrawn on %1 (given on %2)</source>
        <translation>سُحبت في %1 (قُدّمت في %2)</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>قُدّمت في %1</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (لم تُحفظ بعد)</translation>
    </message>
    <message>
        <source>&amp;Keep the consent</source>
        <translation>&amp;حفظ الموافقة</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Week of %1</source>
        <translation>أسبوع %1</translation>
    </message>
    <message>
        <source>0 to 1 day</source>
        <translation>يوم واحد أو أقل</translation>
    </message>
    <message>
        <source>2 to 7 days</source>
        <translation>من 2 إلى 7 أيام</translation>
    </message>
    <message>
        <source>8 to 30 days</source>
        <translation>من 8 إلى 30 يومًا</translation>
    </message>
    <message>
        <source>More than 30 days</source>
        <translation>أكثر من 30 يومًا</translation>
    </message>
    <message>
        <source>No case has had assistance recorded yet.</source>
        <translation>لم تُسجَّل مساعدة لأي حالة بعد.</translation>
    </message>
    <message>
        <source>Nobody (intake)</source>
        <translation>لا أحد (حالات واردة)</translation>
    </message>
    <message>
        <source>Cases by stage</source>
        <translation>الحالات حسب مرحلة الهجرة</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>الحالات حسب الوضع</translation>
    </message>
    <message>
        <source>Every case, closed ones too.</source>
        <translation>كل الحالات، بما فيها المغلقة.</translation>
    </message>
    <message>
        <source>Cases by risk</source>
        <translation>الحالات حسب مستوى الخطر</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>لم يُجرَ الفرز</translation>
    </message>
    <message>
        <source>Cases by site</source>
        <translation>الحالات حسب الموقع</translation>
    </message>
    <message>
        <source>Cases by nationality</source>
        <translation>الحالات حسب الجنسية</translation>
    </message>
    <message>
        <source>New cases per week</source>
        <translation>الحالات الجديدة في كل أسبوع</translation>
    </message>
    <message>
        <source>By registration date, the last 12 weeks.</source>
        <translation>حسب تاريخ التسجيل، في آخر 12 أسبوعًا.</translation>
    </message>
    <message>
        <source>Days from registration to first assistance</source>
        <translation>الأيام من التسجيل حتى أول مساعدة</translation>
    </message>
    <message>
        <source>Referral outcomes</source>
        <translation>نتائج الإحالات</translation>
    </message>
    <message>
        <source>Every referral, closed cases&apos; too.</source>
        <translation>كل الإحالات، بما فيها إحالات الحالات المغلقة.</translation>
    </message>
    <message>
        <source>Open cases per worker</source>
        <translation>الحالات المفتوحة لكل عامل ميداني</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>FieldCase — dashboard</source>
        <translation>FieldCase — لوحة المعلومات</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Counted on %1.</source>
        <translation>أُجري العدّ في %1.</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Put back what you typed and did not save</source>
        <translation>استعادة ما كتبته ولم تحفظه</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Delete what you typed and did not save</source>
        <translation>حذف ما كتبته ولم تحفظه</translation>
    </message>
    <message>
        <source>You have unsaved changes from %1.</source>
        <translation>لديك تغييرات غير محفوظة من %1.</translation>
    </message>
</context>
<context>
    <name>DraftWords</name>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقائق</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعات</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>أمس الساعة %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>في %1 الساعة %2</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>FieldCase — follow-ups due</source>
        <translation>FieldCase — المتابعات المستحقة</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>What is due</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>For</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>المتابعات المستحقة</translation>
    </message>
    <message>
        <source>A person&apos;s name shows on the selected row only. Enter opens the case.</source>
        <translation>يظهر اسم الشخص في الصف المحدد فقط. يفتح Enter الحالة.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Nothing is due in the next %1 days, and nothing is overdue. Follow-ups are the tasks of a case&apos;s plan.</source>
        <translation>لا شيء مستحق خلال الأيام الـ %1 القادمة، ولا شيء متأخر. المتابعات هي مهام خطة الحالة.</translation>
    </message>
</context>
<context>
    <name>DueWords</name>
    <message numerus="yes">
        <source>Overdue (%Ln)</source>
        <translation>
            <numerusform>متأخرة (%Ln)</numerusform>
            <numerusform>متأخرة (%Ln)</numerusform>
            <numerusform>متأخرة (%Ln)</numerusform>
            <numerusform>متأخرة (%Ln)</numerusform>
            <numerusform>متأخرة (%Ln)</numerusform>
            <numerusform>متأخرة (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due today (%Ln)</source>
        <translation>
            <numerusform>مستحقة اليوم (%Ln)</numerusform>
            <numerusform>مستحقة اليوم (%Ln)</numerusform>
            <numerusform>مستحقة اليوم (%Ln)</numerusform>
            <numerusform>مستحقة اليوم (%Ln)</numerusform>
            <numerusform>مستحقة اليوم (%Ln)</numerusform>
            <numerusform>مستحقة اليوم (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in the next %1 days (%Ln)</source>
        <translation>
            <numerusform>مستحقة خلال الأيام الـ %1 القادمة (%Ln)</numerusform>
            <numerusform>مستحقة خلال الأيام الـ %1 القادمة (%Ln)</numerusform>
            <numerusform>مستحقة خلال الأيام الـ %1 القادمة (%Ln)</numerusform>
            <numerusform>مستحقة خلال الأيام الـ %1 القادمة (%Ln)</numerusform>
            <numerusform>مستحقة خلال الأيام الـ %1 القادمة (%Ln)</numerusform>
            <numerusform>مستحقة خلال الأيام الـ %1 القادمة (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>متأخرة %Ln يوم</numerusform>
            <numerusform>متأخرة %Ln يوم</numerusform>
            <numerusform>متأخرة %Ln يوم</numerusform>
            <numerusform>متأخرة %Ln أيام</numerusform>
            <numerusform>متأخرة %Ln يومًا</numerusform>
            <numerusform>متأخرة %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message numerus="yes">
        <source>In %Ln day(s)</source>
        <translation>
            <numerusform>خلال %Ln يوم</numerusform>
            <numerusform>خلال %Ln يوم</numerusform>
            <numerusform>خلال %Ln يوم</numerusform>
            <numerusform>خلال %Ln أيام</numerusform>
            <numerusform>خلال %Ln يومًا</numerusform>
            <numerusform>خلال %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln متأخرة</numerusform>
            <numerusform>%Ln متأخرة</numerusform>
            <numerusform>%Ln متأخرة</numerusform>
            <numerusform>%Ln متأخرة</numerusform>
            <numerusform>%Ln متأخرة</numerusform>
            <numerusform>%Ln متأخرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln مستحقة اليوم</numerusform>
            <numerusform>%Ln مستحقة اليوم</numerusform>
            <numerusform>%Ln مستحقة اليوم</numerusform>
            <numerusform>%Ln مستحقة اليوم</numerusform>
            <numerusform>%Ln مستحقة اليوم</numerusform>
            <numerusform>%Ln مستحقة اليوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the next %1 days</source>
        <translation>
            <numerusform>%Ln خلال الأيام الـ %1 القادمة</numerusform>
            <numerusform>%Ln خلال الأيام الـ %1 القادمة</numerusform>
            <numerusform>%Ln خلال الأيام الـ %1 القادمة</numerusform>
            <numerusform>%Ln خلال الأيام الـ %1 القادمة</numerusform>
            <numerusform>%Ln خلال الأيام الـ %1 القادمة</numerusform>
            <numerusform>%Ln خلال الأيام الـ %1 القادمة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>The follow-ups of %Ln more case(s) are due but not listed: the earliest come first.</source>
        <translation>
            <numerusform>متابعات %Ln حالة أخرى مستحقة لكنها غير مدرجة: تظهر الأقدم أولًا.</numerusform>
            <numerusform>متابعات %Ln حالة أخرى مستحقة لكنها غير مدرجة: تظهر الأقدم أولًا.</numerusform>
            <numerusform>متابعات %Ln حالة أخرى مستحقة لكنها غير مدرجة: تظهر الأقدم أولًا.</numerusform>
            <numerusform>متابعات %Ln حالات أخرى مستحقة لكنها غير مدرجة: تظهر الأقدم أولًا.</numerusform>
            <numerusform>متابعات %Ln حالة أخرى مستحقة لكنها غير مدرجة: تظهر الأقدم أولًا.</numerusform>
            <numerusform>متابعات %Ln حالة أخرى مستحقة لكنها غير مدرجة: تظهر الأقدم أولًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmergencyDesk</name>
    <message>
        <source>FieldCase — quick wipe</source>
        <translation>FieldCase — محو سريع</translation>
    </message>
    <message>
        <source>Erase everything on this laptop now? Cases, attachments and keys are destroyed at once; what was not synced is lost.</source>
        <translation>هل تمحو كل ما على هذا الحاسوب الآن؟ تُتلف الحالات والمرفقات والمفاتيح فورًا، ويضيع ما لم تتم مزامنته.</translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>امحُ الآن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>FieldCase — enrol this laptop</source>
        <translation>FieldCase — تسجيل هذا الحاسوب</translation>
    </message>
    <message>
        <source>Enrol this laptop with your organisation&apos;s server</source>
        <translation>تسجيل هذا الحاسوب لدى خادم منظمتك</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>ت&amp;سجيل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Your administrator gives you three things: the server&apos;s address, a one-time code, and the server key&apos;s fingerprint. Keep the fingerprint at hand: you will compare it in the next step.</source>
        <translation>يعطيك المسؤول عن النظام ثلاثة أشياء: عنوان الخادم، ورمزًا لمرة واحدة، وبصمة مفتاح الخادم. أبقِ البصمة في متناولك: ستقارنها في الخطوة التالية.</translation>
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
        <translation>&amp;عنوان الخادم</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>ال&amp;رمز لمرة واحدة</translation>
    </message>
    <message>
        <source>Server key fingerprint</source>
        <translation>بصمة مفتاح الخادم</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your administrator gave you: every letter and digit must be the same. If they differ, someone may be answering in the server&apos;s place: choose &quot;They do not match&quot; and tell your administrator.</source>
        <translation>قارنها بالبصمة التي أعطاك إياها المسؤول عن النظام: يجب أن يتطابق كل حرف ورقم. إن اختلفت، فقد يكون أحدهم يجيب مكان الخادم: اختر «غير متطابقتين» وأبلغ المسؤول عن النظام.</translation>
    </message>
    <message>
        <source>They do &amp;not match</source>
        <translation>&amp;غير متطابقتين</translation>
    </message>
    <message>
        <source>Nothing was kept. Tell your administrator that the fingerprint did not match; they should revoke the enrolment that code made and give you a new code.</source>
        <translation>لم يُحفظ شيء. أبلغ المسؤول عن النظام بأن البصمة لم تتطابق؛ عليه إلغاء التسجيل الذي تمّ بذلك الرمز وإعطاؤك رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>The server at %1 showed this key fingerprint:</source>
        <translation>أظهر الخادم في %1 بصمة المفتاح هذه:</translation>
    </message>
    <message>
        <source>This laptop is enrolled. Its first sync starts now; after that it syncs on its own whenever there is a connection.</source>
        <translation>تم تسجيل هذا الحاسوب. تبدأ مزامنته الأولى الآن؛ وبعدها يُزامن تلقائيًا كلما توفر الاتصال.</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>جارٍ الاتصال بالخادم…</translation>
    </message>
    <message>
        <source>They &amp;match: enrol</source>
        <translation>&amp;متطابقتان: سجّل</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>FieldCase — erase a record</source>
        <translation>FieldCase — محو سجل</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Erase case %1</source>
        <translation>محو الحالة %1</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;محو</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Everything about this person in case %1 is erased from this laptop now, and from the server and every other laptop at their next sync: details, notes, attachments, history. It cannot be undone. The audit log keeps the case number and your reason. Type your passphrase again to confirm it is you.</source>
        <translation>يُمحى كل ما يخص هذا الشخص في الحالة %1 من هذا الحاسوب الآن، ومن الخادم ومن كل حاسوب آخر عند مزامنته التالية: البيانات والملاحظات والمرفقات والسجل. لا يمكن التراجع عن ذلك. يحتفظ سجل التدقيق برقم الحالة وبالسبب الذي تذكره. اكتب عبارة المرور مرة أخرى لتأكيد أنك أنت.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>محو</translation>
    </message>
</context>
<context>
    <name>EvidenceWords</name>
    <message>
        <source>Same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <source>Same name in another script (%1 ~ %2)</source>
        <translation>الاسم نفسه بكتابة أخرى (%1 ~ %2)</translation>
    </message>
    <message>
        <source>Names sound alike (%1 ~ %2)</source>
        <translation>الاسمان متشابهان في النطق (%1 ~ %2)</translation>
    </message>
    <message>
        <source>Names somewhat alike (%1 ~ %2)</source>
        <translation>الاسمان متشابهان إلى حد ما (%1 ~ %2)</translation>
    </message>
    <message>
        <source>Names differ</source>
        <translation>الاسمان مختلفان</translation>
    </message>
    <message>
        <source>Same date of birth</source>
        <translation>تاريخ الميلاد نفسه</translation>
    </message>
    <message>
        <source>Same date of birth, but 1 January (often written when only the year is known)</source>
        <translation>تاريخ الميلاد نفسه، لكنه 1 يناير (يُكتب غالبًا عندما تُعرف السنة فقط)</translation>
    </message>
    <message>
        <source>Same date of birth with day and month swapped</source>
        <translation>تاريخ الميلاد نفسه مع تبديل اليوم والشهر</translation>
    </message>
    <message>
        <source>Born in the same year</source>
        <translation>وُلدا في السنة نفسها</translation>
    </message>
    <message>
        <source>Born a year apart</source>
        <translation>بين ولادتيهما سنة واحدة</translation>
    </message>
    <message>
        <source>Different dates of birth</source>
        <translation>تاريخا ميلاد مختلفان</translation>
    </message>
    <message>
        <source>Estimated ages fit each other</source>
        <translation>الأعمار التقديرية متوافقة</translation>
    </message>
    <message>
        <source>Estimated ages far apart</source>
        <translation>الأعمار التقديرية متباعدة</translation>
    </message>
    <message>
        <source>Age estimate %1 fits the date of birth</source>
        <translation>العمر التقديري %1 يتوافق مع تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Age estimate %1 does not fit the date of birth</source>
        <translation>العمر التقديري %1 لا يتوافق مع تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Same document number</source>
        <translation>رقم الوثيقة نفسه</translation>
    </message>
    <message>
        <source>Document numbers the same except for O/0 or I/1</source>
        <translation>رقما الوثيقة متطابقان باستثناء O/0 أو I/1</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>رقم الهاتف نفسه</translation>
    </message>
    <message>
        <source>Same nationality (%1)</source>
        <translation>الجنسية نفسها (%1)</translation>
    </message>
    <message>
        <source>Different nationality (%1 / %2)</source>
        <translation>جنسية مختلفة (%1 / %2)</translation>
    </message>
    <message>
        <source>Different sex recorded</source>
        <translation>الجنس المسجَّل مختلف</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>النوع الاجتماعي</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Functioning</source>
        <translation>الأداء الوظيفي</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>يحتاج إلى مترجم شفهي</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>لغة المقابلة</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>وثيقة الهوية</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>Document issued by</source>
        <translation>الجهة المُصدِرة للوثيقة</translation>
    </message>
    <message>
        <source>Who holds the document</source>
        <translation>من يحتفظ بالوثيقة</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم الحالة</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مُسندة إلى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>مستوى الخطر</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>فُتحت في</translation>
    </message>
    <message>
        <source>Transfer to another site</source>
        <translation>النقل إلى موقع آخر</translation>
    </message>
    <message>
        <source>Declined transfer</source>
        <translation>النقل المرفوض</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>التصعيد</translation>
    </message>
    <message>
        <source>Stage of migration</source>
        <translation>مرحلة الهجرة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Leg started on</source>
        <translation>بداية المرحلة</translation>
    </message>
    <message>
        <source>Leg ended on</source>
        <translation>نهاية المرحلة</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>وسيلة النقل</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>إصدار الاستبيان</translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation>تاريخ الفرز</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Level and reasons</source>
        <translation>المستوى والأسباب</translation>
    </message>
    <message>
        <source>Kind of assistance</source>
        <translation>نوع المساعدة</translation>
    </message>
    <message>
        <source>Assistance date</source>
        <translation>تاريخ المساعدة</translation>
    </message>
    <message>
        <source>Assistance given by</source>
        <translation>قدّم المساعدة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>سبب الإحالة</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>وضع الإحالة</translation>
    </message>
    <message>
        <source>Consent to this referral</source>
        <translation>الموافقة على هذه الإحالة</translation>
    </message>
    <message>
        <source>Consent purpose</source>
        <translation>غرض الموافقة</translation>
    </message>
    <message>
        <source>Service consented to</source>
        <translation>الخدمة المُوافق عليها</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>قدّم الموافقة</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>استمارة الموافقة</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>تاريخ تقديم الموافقة</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>عنوان المهمة</translation>
    </message>
    <message>
        <source>Task due date</source>
        <translation>تاريخ استحقاق المهمة</translation>
    </message>
    <message>
        <source>Task assigned to</source>
        <translation>المهمة مُسندة إلى</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>أُنجزت المهمة</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سرّية</translation>
    </message>
    <message>
        <source>Note written by</source>
        <translation>كاتب الملاحظة</translation>
    </message>
    <message>
        <source>Note written on</source>
        <translation>تاريخ كتابة الملاحظة</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Linked case</source>
        <translation>الحالة المرتبطة</translation>
    </message>
    <message>
        <source>Household member&apos;s name</source>
        <translation>اسم فرد الأسرة</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>صيغة الملف</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>حجم الملف</translation>
    </message>
    <message>
        <source>File contents</source>
        <translation>محتوى الملف</translation>
    </message>
    <message>
        <source>File label</source>
        <translation>وصف الملف</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>سُحبت الموافقة</translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>محاولات فاشلة كثيرة. حاول مجددًا بعد %Ln ثانية.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. حاول مجددًا بعد %Ln ثانية.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. حاول مجددًا بعد %Ln ثانية.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. حاول مجددًا بعد %Ln ثوانٍ.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. حاول مجددًا بعد %Ln ثانية.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. حاول مجددًا بعد %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>أدخل عبارة المرور.</translation>
    </message>
    <message>
        <source>Please correct the fields marked above.</source>
        <translation>يُرجى تصحيح الحقول المشار إليها أعلاه.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>عبارات مرور خاطئة كثيرة. حاول مجددًا بعد %Ln ثانية.</numerusform>
            <numerusform>عبارات مرور خاطئة كثيرة. حاول مجددًا بعد %Ln ثانية.</numerusform>
            <numerusform>عبارات مرور خاطئة كثيرة. حاول مجددًا بعد %Ln ثانية.</numerusform>
            <numerusform>عبارات مرور خاطئة كثيرة. حاول مجددًا بعد %Ln ثوانٍ.</numerusform>
            <numerusform>عبارات مرور خاطئة كثيرة. حاول مجددًا بعد %Ln ثانية.</numerusform>
            <numerusform>عبارات مرور خاطئة كثيرة. حاول مجددًا بعد %Ln ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderWords</name>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln متابعة</numerusform>
            <numerusform>%Ln متابعة</numerusform>
            <numerusform>%Ln متابعة</numerusform>
            <numerusform>%Ln متابعات</numerusform>
            <numerusform>%Ln متابعة</numerusform>
            <numerusform>%Ln متابعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the oldest by %Ln day(s)</source>
        <translation>
            <numerusform>أقدمها متأخرة %Ln يوم</numerusform>
            <numerusform>أقدمها متأخرة %Ln يوم</numerusform>
            <numerusform>أقدمها متأخرة %Ln يوم</numerusform>
            <numerusform>أقدمها متأخرة %Ln أيام</numerusform>
            <numerusform>أقدمها متأخرة %Ln يومًا</numerusform>
            <numerusform>أقدمها متأخرة %Ln يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <source>What was done to this case on this laptop. Other laptops keep their own history.</source>
        <translation>ما أُجري على هذه الحالة على هذا الحاسوب. تحتفظ الحواسيب الأخرى بسجلها الخاص.</translation>
    </message>
    <message>
        <source>The newest %1 events are listed; older ones are in the audit log.</source>
        <translation>تُعرض أحدث %1 أحداث؛ والأقدم منها في سجل التدقيق.</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Registered the person</source>
        <translation>سجّل الشخص</translation>
    </message>
    <message>
        <source>Opened the case</source>
        <translation>فتح الحالة</translation>
    </message>
    <message>
        <source>Changed the case</source>
        <translation>غيّر الحالة</translation>
    </message>
    <message>
        <source>Proposed a transfer to another site</source>
        <translation>اقترح نقل الحالة إلى موقع آخر</translation>
    </message>
    <message>
        <source>Withdrew the transfer</source>
        <translation>سحب اقتراح النقل</translation>
    </message>
    <message>
        <source>Accepted the transfer to this site</source>
        <translation>قبل نقل الحالة إلى هذا الموقع</translation>
    </message>
    <message>
        <source>Declined the transfer</source>
        <translation>رفض النقل</translation>
    </message>
    <message>
        <source>Escalated the case to a supervisor</source>
        <translation>صعّد الحالة إلى مشرف</translation>
    </message>
    <message>
        <source>Cleared the escalation</source>
        <translation>أنهى التصعيد</translation>
    </message>
    <message>
        <source>Removed an entry</source>
        <translation>حذف إدخالًا</translation>
    </message>
    <message>
        <source>Removed the case from this laptop</source>
        <translation>أزال الحالة من هذا الحاسوب</translation>
    </message>
    <message>
        <source>Added a file</source>
        <translation>أضاف ملفًا</translation>
    </message>
    <message>
        <source>Looked at a file</source>
        <translation>اطّلع على ملف</translation>
    </message>
    <message>
        <source>Removed a file</source>
        <translation>حذف ملفًا</translation>
    </message>
    <message>
        <source>Settled a conflict</source>
        <translation>حسم تعارضًا</translation>
    </message>
    <message>
        <source>Printed a referral</source>
        <translation>طبع إحالة</translation>
    </message>
    <message>
        <source>Printed a case summary</source>
        <translation>طبع ملخص الحالة</translation>
    </message>
    <message>
        <source>Sent a refused change again</source>
        <translation>أعاد إرسال تغيير مرفوض</translation>
    </message>
    <message>
        <source>Dropped a refused change</source>
        <translation>تخلّى عن تغيير مرفوض</translation>
    </message>
    <message>
        <source>Exported cases</source>
        <translation>صدّر حالات</translation>
    </message>
    <message>
        <source>Exported everything held about the person (subject access)</source>
        <translation>صدّر كل ما هو محفوظ عن الشخص (حق الشخص في الاطلاع على بياناته)</translation>
    </message>
    <message>
        <source>Wrote an anonymised report (HTCDS)</source>
        <translation>أعدّ تقريرًا مجهول الهوية (HTCDS)</translation>
    </message>
    <message>
        <source>Wrote an anonymised report (HXL)</source>
        <translation>أعدّ تقريرًا مجهول الهوية (HXL)</translation>
    </message>
    <message>
        <source>Saved a dashboard chart</source>
        <translation>حفظ رسمًا بيانيًا من لوحة المتابعة</translation>
    </message>
    <message>
        <source>Unlocked FieldCase</source>
        <translation>فتح قفل FieldCase</translation>
    </message>
    <message>
        <source>Opened the audit log</source>
        <translation>فتح سجل التدقيق</translation>
    </message>
    <message>
        <source>Signed in to the server</source>
        <translation>سجّل الدخول إلى الخادم</translation>
    </message>
    <message>
        <source>Synced with the server</source>
        <translation>أجرى مزامنة مع الخادم</translation>
    </message>
    <message>
        <source>Kept a draft</source>
        <translation>احتفظ بمسودة</translation>
    </message>
    <message>
        <source>Discarded a draft</source>
        <translation>تجاهل مسودة</translation>
    </message>
    <message>
        <source>Added a user to this laptop</source>
        <translation>أضاف مستخدمًا إلى هذا الحاسوب</translation>
    </message>
    <message>
        <source>Removed a user from this laptop</source>
        <translation>أزال مستخدمًا من هذا الحاسوب</translation>
    </message>
    <message>
        <source>Set up FieldCase on this laptop</source>
        <translation>أعدّ FieldCase على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Added demonstration cases</source>
        <translation>أضاف حالات تجريبية</translation>
    </message>
    <message>
        <source>Another action (%1)</source>
        <translation>إجراء آخر (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln record(s))</source>
        <translation>
            <numerusform>%1 (%Ln سجل)</numerusform>
            <numerusform>%1 (%Ln سجل)</numerusform>
            <numerusform>%1 (%Ln سجل)</numerusform>
            <numerusform>%1 (%Ln سجلات)</numerusform>
            <numerusform>%1 (%Ln سجلًا)</numerusform>
            <numerusform>%1 (%Ln سجل)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln case(s))</source>
        <translation>
            <numerusform>%1 (%Ln حالة)</numerusform>
            <numerusform>%1 (%Ln حالة)</numerusform>
            <numerusform>%1 (%Ln حالة)</numerusform>
            <numerusform>%1 (%Ln حالات)</numerusform>
            <numerusform>%1 (%Ln حالة)</numerusform>
            <numerusform>%1 (%Ln حالة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln conflict(s) to settle</source>
        <translation>
            <numerusform>%1، %Ln تعارض للحسم</numerusform>
            <numerusform>%1، %Ln تعارض للحسم</numerusform>
            <numerusform>%1، %Ln تعارض للحسم</numerusform>
            <numerusform>%1، %Ln تعارضات للحسم</numerusform>
            <numerusform>%1، %Ln تعارضًا للحسم</numerusform>
            <numerusform>%1، %Ln تعارض للحسم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdSection</name>
    <message>
        <source>Relationship</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Name or case</source>
        <translation>الاسم أو الحالة</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>No household members or companions recorded.</source>
        <translation>لم يُسجَّل أي فرد من الأسرة أو مرافق.</translation>
    </message>
    <message>
        <source>Link a member</source>
        <translation>ربط فرد</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>FC-…</source>
        <translation>FC-…</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>ال&amp;علاقة</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>Their own &amp;case number</source>
        <translation>&amp;رقم حالته الخاص</translation>
    </message>
    <message>
        <source>Their own case number</source>
        <translation>رقم حالته الخاص</translation>
    </message>
    <message>
        <source>(name not given)</source>
        <translation>(لم يُذكر الاسم)</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>الحالة %1</translation>
    </message>
    <message>
        <source>a linked case you cannot open</source>
        <translation>حالة مرتبطة لا يمكنك فتحها</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Guardian: %1.</source>
        <translation>الوصي: %1.</translation>
    </message>
    <message>
        <source>No guardian recorded: link the guardian below, or say why there is none in a note.</source>
        <translation>لم يُسجَّل وصي: اربط الوصي أدناه، أو اذكر سبب عدم وجوده في ملاحظة.</translation>
    </message>
    <message>
        <source>⚑ %1. %2</source>
        <translation>⚑ %1. %2</translation>
    </message>
    <message>
        <source>Linked to case %1.</source>
        <translation>مرتبط بالحالة %1.</translation>
    </message>
</context>
<context>
    <name>JourneySection</name>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>وسيلة النقل</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>الرحلة</translation>
    </message>
    <message>
        <source>No journey recorded yet.</source>
        <translation>لم تُسجَّل أي رحلة بعد.</translation>
    </message>
    <message>
        <source>&amp;Correct the selected leg</source>
        <translation>&amp;تصحيح المحطة المحددة</translation>
    </message>
    <message>
        <source>Add a &amp;new leg</source>
        <translation>إضافة محطة &amp;جديدة</translation>
    </message>
    <message>
        <source>New leg</source>
        <translation>محطة جديدة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>لا يزال هناك</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>مرحلة ال&amp;هجرة</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>ال&amp;مكان</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>م&amp;ن</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;حتى</translation>
    </message>
    <message>
        <source>&amp;Means</source>
        <translation>&amp;وسيلة النقل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(place not given)</source>
        <translation>(لم يُذكر المكان)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>Correct this leg</source>
        <translation>تصحيح هذه المحطة</translation>
    </message>
</context>
<context>
    <name>LeaseWords</name>
    <message numerus="yes">
        <source>Sync within %Ln day(s): after that this laptop will ask you to sign in to the server before anything else.</source>
        <translation>
            <numerusform>قم بالمزامنة خلال %Ln يوم: بعد ذلك سيطلب منك هذا الحاسوب تسجيل الدخول إلى الخادم قبل أي شيء آخر.</numerusform>
            <numerusform>قم بالمزامنة خلال %Ln يوم: بعد ذلك سيطلب منك هذا الحاسوب تسجيل الدخول إلى الخادم قبل أي شيء آخر.</numerusform>
            <numerusform>قم بالمزامنة خلال %Ln يوم: بعد ذلك سيطلب منك هذا الحاسوب تسجيل الدخول إلى الخادم قبل أي شيء آخر.</numerusform>
            <numerusform>قم بالمزامنة خلال %Ln أيام: بعد ذلك سيطلب منك هذا الحاسوب تسجيل الدخول إلى الخادم قبل أي شيء آخر.</numerusform>
            <numerusform>قم بالمزامنة خلال %Ln يومًا: بعد ذلك سيطلب منك هذا الحاسوب تسجيل الدخول إلى الخادم قبل أي شيء آخر.</numerusform>
            <numerusform>قم بالمزامنة خلال %Ln يوم: بعد ذلك سيطلب منك هذا الحاسوب تسجيل الدخول إلى الخادم قبل أي شيء آخر.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is behind a time it has already seen; connect and sign in to the server before working on cases (it will say how far off the clock is).</source>
        <translation>ساعة هذا الحاسوب متأخرة عن وقت سبق أن رآه؛ اتصل وسجّل الدخول إلى الخادم قبل العمل على الحالات (سيبيّن مقدار فرق الساعة).</translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s); connect and sign in to the server before working on cases.</source>
        <translation>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln يوم؛ اتصل وسجّل الدخول إلى الخادم قبل العمل على الحالات.</numerusform>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln يوم؛ اتصل وسجّل الدخول إلى الخادم قبل العمل على الحالات.</numerusform>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln يوم؛ اتصل وسجّل الدخول إلى الخادم قبل العمل على الحالات.</numerusform>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln أيام؛ اتصل وسجّل الدخول إلى الخادم قبل العمل على الحالات.</numerusform>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln يومًا؛ اتصل وسجّل الدخول إلى الخادم قبل العمل على الحالات.</numerusform>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln يوم؛ اتصل وسجّل الدخول إلى الخادم قبل العمل على الحالات.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterWords</name>
    <message>
        <source>about %1 years</source>
        <translation>حوالي %1 سنة</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>تاريخ الميلاد / العمر</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Given on %1 (%2, %3)</source>
        <translation>قُدّمت في %1 (%2، %3)</translation>
    </message>
    <message>
        <source>No consent to this referral is recorded.</source>
        <translation>لا توجد موافقة مسجّلة على هذه الإحالة.</translation>
    </message>
    <message>
        <source>Case number to quote</source>
        <translation>رقم الحالة للإشارة إليه</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Consent to this referral</source>
        <translation>الموافقة على هذه الإحالة</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>أحاله</translation>
    </message>
    <message>
        <source>%1, site %2</source>
        <translation>%1، الموقع %2</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>تاريخ الطباعة</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>إحالة إلى %1</translation>
    </message>
    <message>
        <source>Confidential: for the receiving service only. Do not copy or pass on.</source>
        <translation>سرّي: للجهة المستقبِلة فقط. لا يُنسخ ولا يُمرَّر إلى غيرها.</translation>
    </message>
    <message>
        <source>The person referred</source>
        <translation>الشخص المُحال</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>سبب الإحالة</translation>
    </message>
    <message>
        <source>The referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FieldCase — %1 — demo</source>
        <translation>FieldCase — %1 — عرض تجريبي</translation>
    </message>
    <message>
        <source>FieldCase — %1</source>
        <translation>FieldCase — %1</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3)</source>
        <translation>تم تسجيل الدخول باسم %1 (%2، %3)</translation>
    </message>
    <message>
        <source>Close FieldCase</source>
        <translation>إغلاق FieldCase</translation>
    </message>
    <message>
        <source>Your unsaved changes could not be kept as a draft: %1 Close anyway and lose them?</source>
        <translation>تعذّر الاحتفاظ بتغييراتك غير المحفوظة كمسودة: %1 هل تريد الإغلاق رغم ذلك وفقدانها؟</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>الإغلاق وفقدانها</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>البقاء</translation>
    </message>
    <message>
        <source>About FieldCase</source>
        <translation>حول FieldCase</translation>
    </message>
    <message>
        <source>FieldCase %1: offline case management for frontline workers protecting people on the move. Free software under the GNU LGPL, version 3 or later.</source>
        <translation>FieldCase %1: إدارة الحالات دون اتصال للعاملين الميدانيين في الخطوط الأمامية الذين يحمون الأشخاص المتنقلين. برنامج حر بموجب رخصة GNU LGPL، الإصدار 3 أو أحدث.</translation>
    </message>
    <message>
        <source>Sign in to see cases</source>
        <translation>سجّل الدخول لرؤية الحالات</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>عُثر على %Ln</numerusform>
            <numerusform>عُثر على %Ln</numerusform>
            <numerusform>عُثر على %Ln</numerusform>
            <numerusform>عُثر على %Ln</numerusform>
            <numerusform>عُثر على %Ln</numerusform>
            <numerusform>عُثر على %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) · %1 overdue</source>
        <translation>
            <numerusform>%Ln حالة، %1 متأخرة</numerusform>
            <numerusform>%Ln حالة، %1 متأخرة</numerusform>
            <numerusform>%Ln حالة، %1 متأخرة</numerusform>
            <numerusform>%Ln حالات، %1 متأخرة</numerusform>
            <numerusform>%Ln حالة، %1 متأخرة</numerusform>
            <numerusform>%Ln حالة، %1 متأخرة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <source>%1 (also %2)</source>
        <translation>%1 (أيضًا %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>This registration</source>
        <translation>هذا التسجيل</translation>
    </message>
    <message>
        <source>Why it may be the same person:</source>
        <translation>لماذا قد يكون الشخص نفسه:</translation>
    </message>
    <message>
        <source>Same person: open %1</source>
        <translation>الشخص نفسه: افتح %1</translation>
    </message>
    <message>
        <source>Different person: continue</source>
        <translation>شخص مختلف: متابعة</translation>
    </message>
    <message>
        <source>Possible match %1</source>
        <translation>تطابق محتمل %1</translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <source>Already registered?</source>
        <translation>مسجَّل من قبل؟</translation>
    </message>
    <message>
        <source>Type the person&apos;s name: people already registered on this laptop who may be them are shown here before you save.</source>
        <translation>اكتب اسم الشخص: يظهر هنا الأشخاص المسجَّلون على هذا الحاسوب الذين قد يكونون هو، قبل أن تحفظ.</translation>
    </message>
    <message>
        <source>Looking for people already registered…</source>
        <translation>جارٍ البحث عن أشخاص مسجَّلين من قبل…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible match(es). Compare, then say for each whether it is the same person.</source>
        <translation>
            <numerusform>%Ln تطابق محتمل. قارن، ثم حدّد لكل منها إن كان الشخص نفسه.</numerusform>
            <numerusform>%Ln تطابق محتمل. قارن، ثم حدّد لكل منها إن كان الشخص نفسه.</numerusform>
            <numerusform>%Ln تطابق محتمل. قارن، ثم حدّد لكل منها إن كان الشخص نفسه.</numerusform>
            <numerusform>%Ln تطابقات محتملة. قارن، ثم حدّد لكل منها إن كان الشخص نفسه.</numerusform>
            <numerusform>%Ln تطابقًا محتملًا. قارن، ثم حدّد لكل منها إن كان الشخص نفسه.</numerusform>
            <numerusform>%Ln تطابق محتمل. قارن، ثم حدّد لكل منها إن كان الشخص نفسه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every possible match is marked as a different person: you can register.</source>
        <translation>كل تطابق محتمل موسوم كشخص مختلف: يمكنك التسجيل.</translation>
    </message>
    <message>
        <source>No one already registered on this laptop looks like this person.</source>
        <translation>لا يشبه أحدٌ من المسجَّلين على هذا الحاسوب هذا الشخص.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in cases you cannot open: ask your supervisor.</source>
        <translation>
            <numerusform>%Ln أخرى في حالات لا يمكنك فتحها: اسأل مشرفك.</numerusform>
            <numerusform>%Ln أخرى في حالات لا يمكنك فتحها: اسأل مشرفك.</numerusform>
            <numerusform>%Ln أخرى في حالات لا يمكنك فتحها: اسأل مشرفك.</numerusform>
            <numerusform>%Ln أخرى في حالات لا يمكنك فتحها: اسأل مشرفك.</numerusform>
            <numerusform>%Ln أخرى في حالات لا يمكنك فتحها: اسأل مشرفك.</numerusform>
            <numerusform>%Ln أخرى في حالات لا يمكنك فتحها: اسأل مشرفك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as a different person: %1</source>
        <translation>موسوم كشخص مختلف: %1</translation>
    </message>
</context>
<context>
    <name>MatchWords</name>
    <message numerus="yes">
        <source>about %Ln year(s) old</source>
        <translation>
            <numerusform>عمره حوالي %Ln سنة</numerusform>
            <numerusform>عمره حوالي %Ln سنة</numerusform>
            <numerusform>عمره حوالي %Ln سنة</numerusform>
            <numerusform>عمره حوالي %Ln سنوات</numerusform>
            <numerusform>عمره حوالي %Ln سنة</numerusform>
            <numerusform>عمره حوالي %Ln سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>FieldCase is locked. Unlock it to continue.</source>
        <translation>FieldCase مقفل. افتح القفل للمتابعة.</translation>
    </message>
    <message>
        <source>That case is not on this device. It may have been erased, or not synced yet.</source>
        <translation>هذه الحالة ليست على هذا الجهاز. ربما مُحيت، أو لم تُزامَن بعد.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>القرص ممتلئ، لذا لم يُحفظ شيء. أفرغ بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The case store is damaged. Do not delete anything; contact your administrator.</source>
        <translation>مخزن الحالات تالف. لا تحذف أي شيء؛ اتصل بالمسؤول عن النظام.</translation>
    </message>
    <message>
        <source>The case store can only be read here, so nothing was saved. Contact your administrator.</source>
        <translation>لا يمكن هنا إلا قراءة مخزن الحالات، لذا لم يُحفظ شيء. اتصل بالمسؤول عن النظام.</translation>
    </message>
    <message>
        <source>The case store could not be upgraded. Contact your administrator.</source>
        <translation>تعذّرت ترقية مخزن الحالات. اتصل بالمسؤول عن النظام.</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>اسم المستخدم أو عبارة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>That is not your server passphrase. Check it and try again (it is the one your administrator set on the server, not this laptop&apos;s).</source>
        <translation>هذه ليست عبارة مرور الخادم الخاصة بك. تحقّق منها وحاول مجددًا (هي التي عيّنها المسؤول عن النظام على الخادم، وليست عبارة مرور هذا الحاسوب).</translation>
    </message>
    <message>
        <source>No connection. Your changes are kept on this laptop; sync again later.</source>
        <translation>لا يوجد اتصال. تغييراتك محفوظة على هذا الحاسوب؛ قم بالمزامنة لاحقًا.</translation>
    </message>
    <message>
        <source>The server did not accept this laptop&apos;s sign-in. Your changes are kept on this laptop; ask your administrator to enrol it again.</source>
        <translation>لم يقبل الخادم تسجيل دخول هذا الحاسوب. تغييراتك محفوظة على هذا الحاسوب؛ اطلب من المسؤول عن النظام تسجيله من جديد.</translation>
    </message>
    <message>
        <source>The server had a problem. Your changes are kept on this laptop; sync again later.</source>
        <translation>حدثت مشكلة في الخادم. تغييراتك محفوظة على هذا الحاسوب؛ قم بالمزامنة لاحقًا.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. Your changes are kept on this laptop; tell your administrator if this keeps happening.</source>
        <translation>تعذّر فهم ردّ الخادم. تغييراتك محفوظة على هذا الحاسوب؛ أبلغ المسؤول عن النظام إن تكرر ذلك.</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing was lost.</source>
        <translation>أُلغيت المزامنة. لم يُفقد شيء.</translation>
    </message>
    <message>
        <source>This laptop&apos;s cases are older than what it already sent to the server: changes made here before are missing on this laptop (the server still has them). Nothing was sent. Stop working on this laptop&apos;s cases and tell your administrator.</source>
        <translation>حالات هذا الحاسوب أقدم مما سبق أن أرسله إلى الخادم: تغييرات أُجريت هنا من قبل مفقودة على هذا الحاسوب (ولا تزال على الخادم). لم يُرسَل شيء. توقّف عن العمل على حالات هذا الحاسوب وأبلغ المسؤول عن النظام.</translation>
    </message>
    <message>
        <source>Your organisation revoked this laptop, so it has erased its cases. Set it up again only if your administrator asks you to.</source>
        <translation>ألغت منظمتك اعتماد هذا الحاسوب، لذا محا حالاته. لا تُعِد إعداده إلا إذا طلب منك المسؤول عن النظام ذلك.</translation>
    </message>
    <message>
        <source>The server says this laptop is revoked, but the erase instruction did not check out, so nothing was erased. Tell your administrator now.</source>
        <translation>يقول الخادم إن اعتماد هذا الحاسوب أُلغي، لكن تعليمة المحو لم تجتز التحقق، لذا لم يُمحَ شيء. أبلغ المسؤول عن النظام الآن.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثوانٍ</numerusform>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two units of a length of time</comment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock does not agree with the server&apos;s. Set the date and time, then sync again. Your changes are kept on this laptop.</source>
        <translation>ساعة هذا الحاسوب لا تتفق مع ساعة الخادم. اضبط التاريخ والوقت، ثم قم بالمزامنة مجددًا. تغييراتك محفوظة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is %1 ahead of the server&apos;s. Set the date and time, then sync again. Your changes are kept on this laptop.</source>
        <translation>ساعة هذا الحاسوب متقدمة %1 عن ساعة الخادم. اضبط التاريخ والوقت، ثم قم بالمزامنة مجددًا. تغييراتك محفوظة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is %1 behind the server&apos;s. Set the date and time, then sync again. Your changes are kept on this laptop.</source>
        <translation>ساعة هذا الحاسوب متأخرة %1 عن ساعة الخادم. اضبط التاريخ والوقت، ثم قم بالمزامنة مجددًا. تغييراتك محفوظة على هذا الحاسوب.</translation>
    </message>
    <message numerus="yes">
        <source>Too many enrolment attempts from this network. Wait %Ln minute(s), then try again.</source>
        <translation>
            <numerusform>محاولات تسجيل كثيرة من هذه الشبكة. انتظر %Ln دقيقة، ثم حاول مجددًا.</numerusform>
            <numerusform>محاولات تسجيل كثيرة من هذه الشبكة. انتظر %Ln دقيقة، ثم حاول مجددًا.</numerusform>
            <numerusform>محاولات تسجيل كثيرة من هذه الشبكة. انتظر %Ln دقيقة، ثم حاول مجددًا.</numerusform>
            <numerusform>محاولات تسجيل كثيرة من هذه الشبكة. انتظر %Ln دقائق، ثم حاول مجددًا.</numerusform>
            <numerusform>محاولات تسجيل كثيرة من هذه الشبكة. انتظر %Ln دقيقة، ثم حاول مجددًا.</numerusform>
            <numerusform>محاولات تسجيل كثيرة من هذه الشبكة. انتظر %Ln دقيقة، ثم حاول مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s key is not the one your administrator gave you, so nothing was kept. Tell your administrator.</source>
        <translation>مفتاح الخادم ليس المفتاح الذي أعطاك إياه المسؤول عن النظام، لذا لم يُحفظ شيء. أبلغ المسؤول عن النظام.</translation>
    </message>
    <message>
        <source>Another laptop already numbers its cases the way this one does, so nothing was kept. Tell your administrator; this laptop&apos;s cases are safe.</source>
        <translation>هناك حاسوب آخر يرقّم حالاته بالطريقة نفسها التي يرقّم بها هذا الحاسوب، لذا لم يُحفظ شيء. أبلغ المسؤول عن النظام؛ حالات هذا الحاسوب في أمان.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not check out, so nothing was kept. Check the address; if it happens again, tell your administrator.</source>
        <translation>لم يجتز ردّ الخادم التحقق، لذا لم يُحفظ شيء. تحقّق من العنوان؛ وإن تكرر ذلك، أبلغ المسؤول عن النظام.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to correct. The first: %1</source>
        <translation>
            <numerusform>%Ln مشكلة للتصحيح. الأولى: %1</numerusform>
            <numerusform>%Ln مشكلة للتصحيح. الأولى: %1</numerusform>
            <numerusform>%Ln مشكلة للتصحيح. الأولى: %1</numerusform>
            <numerusform>%Ln مشكلات للتصحيح. الأولى: %1</numerusform>
            <numerusform>%Ln مشكلة للتصحيح. الأولى: %1</numerusform>
            <numerusform>%Ln مشكلة للتصحيح. الأولى: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock refused. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>رُفض فتح القفل. حاول مجددًا بعد %Ln ثانية.</numerusform>
            <numerusform>رُفض فتح القفل. حاول مجددًا بعد %Ln ثانية.</numerusform>
            <numerusform>رُفض فتح القفل. حاول مجددًا بعد %Ln ثانية.</numerusform>
            <numerusform>رُفض فتح القفل. حاول مجددًا بعد %Ln ثوانٍ.</numerusform>
            <numerusform>رُفض فتح القفل. حاول مجددًا بعد %Ln ثانية.</numerusform>
            <numerusform>رُفض فتح القفل. حاول مجددًا بعد %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong server passphrases on this laptop. Wait %Ln minute(s), then try again.</source>
        <translation>
            <numerusform>عبارات مرور خادم خاطئة كثيرة على هذا الحاسوب. انتظر %Ln دقيقة، ثم حاول مجددًا.</numerusform>
            <numerusform>عبارات مرور خادم خاطئة كثيرة على هذا الحاسوب. انتظر %Ln دقيقة، ثم حاول مجددًا.</numerusform>
            <numerusform>عبارات مرور خادم خاطئة كثيرة على هذا الحاسوب. انتظر %Ln دقيقة، ثم حاول مجددًا.</numerusform>
            <numerusform>عبارات مرور خادم خاطئة كثيرة على هذا الحاسوب. انتظر %Ln دقائق، ثم حاول مجددًا.</numerusform>
            <numerusform>عبارات مرور خادم خاطئة كثيرة على هذا الحاسوب. انتظر %Ln دقيقة، ثم حاول مجددًا.</numerusform>
            <numerusform>عبارات مرور خادم خاطئة كثيرة على هذا الحاسوب. انتظر %Ln دقيقة، ثم حاول مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is behind a time it has already seen. Connect and sign in to the server before working on cases.</source>
        <translation>ساعة هذا الحاسوب متأخرة عن وقت سبق أن رآه. اتصل وسجّل الدخول إلى الخادم قبل العمل على الحالات.</translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s). Connect and sign in to the server before working on cases.</source>
        <translation>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln يوم. اتصل وسجّل الدخول إلى الخادم قبل العمل على الحالات.</numerusform>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln يوم. اتصل وسجّل الدخول إلى الخادم قبل العمل على الحالات.</numerusform>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln يوم. اتصل وسجّل الدخول إلى الخادم قبل العمل على الحالات.</numerusform>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln أيام. اتصل وسجّل الدخول إلى الخادم قبل العمل على الحالات.</numerusform>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln يومًا. اتصل وسجّل الدخول إلى الخادم قبل العمل على الحالات.</numerusform>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln يوم. اتصل وسجّل الدخول إلى الخادم قبل العمل على الحالات.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server needs you to sign in again before this laptop syncs.</source>
        <translation>يطلب منك الخادم تسجيل الدخول مجددًا قبل أن يُزامن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Another device&apos;s clock is %1 ahead of this one. Check this laptop&apos;s date, time and time zone.</source>
        <translation>ساعة جهاز آخر متقدمة %1 عن ساعة هذا الجهاز. تحقّق من تاريخ هذا الحاسوب ووقته ومنطقته الزمنية.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>لم يتم: %1</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Try again; if it keeps happening, tell your administrator.</source>
        <translation>حدث خطأ ما (%1). حاول مجددًا؛ وإن تكرر ذلك، أبلغ المسؤول عن النظام.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>عبارة المرور ال&amp;جديدة</translation>
    </message>
    <message>
        <source>New passphrase a&amp;gain</source>
        <translation>عبارة المرور الجديدة م&amp;رة أخرى</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation>ا&amp;قتراح عبارة مرور</translation>
    </message>
    <message>
        <source>S&amp;how the new passphrase</source>
        <translation>إ&amp;ظهار عبارة المرور الجديدة</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>ال&amp;ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Confidential: only the assigned worker and the team&apos;s supervisors see it</source>
        <translation>&amp;سرّية: لا يراها إلا العامل الميداني المُسندة إليه الحالة ومشرفو الفريق</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سرّية</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>حوالي %1 سنة</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>يحتاج إلى مترجم شفهي</translation>
    </message>
    <message>
        <source>Yes, in %1</source>
        <translation>نعم، باللغة %1</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>لغة المقابلة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Other ways to reach</source>
        <translation>طرق أخرى للتواصل</translation>
    </message>
    <message>
        <source>Safe to contact</source>
        <translation>التواصل آمن</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>وثائق الهوية</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>لم يُجرَ الفرز</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مُسندة إلى</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>فُتحت في</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>To %1, proposed by %2; it moves when a supervisor there accepts.</source>
        <translation>إلى %1، اقترحه %2؛ تنتقل الحالة عندما يوافق مشرف هناك.</translation>
    </message>
    <message>
        <source>Transfer waiting</source>
        <translation>نقل قيد الانتظار</translation>
    </message>
    <message>
        <source>Transfer declined</source>
        <translation>نقل مرفوض</translation>
    </message>
    <message>
        <source>To %1, by %2: %3</source>
        <translation>إلى %1، رفضه %2: %3</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>مصعّدة</translation>
    </message>
    <message>
        <source>By %1: %2</source>
        <translation>من %1: %2</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>الممنوحة</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>المسحوبة</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>لم يُحسب المستوى</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (في %2)</translation>
    </message>
    <message>
        <source>%1 — a supervisor should review it</source>
        <translation>%1 — ينبغي أن يراجعها مشرف</translation>
    </message>
    <message>
        <source>Latest screening</source>
        <translation>آخر فرز</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>الرحلة</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سرّية</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>آخر ملاحظة</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
</context>
<context>
    <name>PageWords</name>
    <message numerus="yes">
        <source>Not saved: %Ln problem(s) to fix.</source>
        <translation>
            <numerusform>لم يُحفظ: %Ln مشكلة يجب إصلاحها.</numerusform>
            <numerusform>لم يُحفظ: %Ln مشكلة يجب إصلاحها.</numerusform>
            <numerusform>لم يُحفظ: %Ln مشكلة يجب إصلاحها.</numerusform>
            <numerusform>لم يُحفظ: %Ln مشكلات يجب إصلاحها.</numerusform>
            <numerusform>لم يُحفظ: %Ln مشكلة يجب إصلاحها.</numerusform>
            <numerusform>لم يُحفظ: %Ln مشكلة يجب إصلاحها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>طبعه %1 في %2</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · الصفحة %2 من %3</translation>
    </message>
</context>
<context>
    <name>PersonSection</name>
    <message>
        <source>One name a line, in any script</source>
        <translation>اسم واحد في كل سطر، بأي كتابة</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>لم يُختر</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>إضافة لغة</translation>
    </message>
    <message>
        <source>Type a language to add</source>
        <translation>اكتب لغة لإضافتها</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>اللغات المحكية</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>الاسم ال&amp;أول</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>اسم ال&amp;عائلة</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation>أسماء أ&amp;خرى</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>عن الشخص</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <source>&amp;Born on</source>
        <translation>تاريخ ال&amp;ميلاد</translation>
    </message>
    <message>
        <source>Age (&amp;estimate)</source>
        <translation>العمر (&amp;تقديري)</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>الجن&amp;سية</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>ال&amp;لغات</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>يحتاج إلى مترجم &amp;شفهي</translation>
    </message>
    <message>
        <source>Interview lan&amp;guage</source>
        <translation>لغة الم&amp;قابلة</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <source>Other &amp;ways to reach</source>
        <translation>&amp;وسائل تواصل أخرى</translation>
    </message>
    <message>
        <source>&amp;Safe to contact</source>
        <translation>التواصل آم&amp;ن</translation>
    </message>
    <message>
        <source>&amp;Code word</source>
        <translation>&amp;كلمة السر المتفق عليها</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Only the assigned worker and the team&apos;s supervisors see and set the code word.</source>
        <translation>لا يرى كلمة السر المتفق عليها ويعيّنها إلا العامل الميداني المُسندة إليه الحالة ومشرفو الفريق.</translation>
    </message>
</context>
<context>
    <name>ProtectionsDialog</name>
    <message>
        <source>FieldCase — duress and quick wipe</source>
        <translation>FieldCase — الإكراه والمحو السريع</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>عبارة &amp;مرورك</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase</source>
        <translation>عبارة مرور ال&amp;إكراه</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;أعد كتابتها</translation>
    </message>
    <message>
        <source>&amp;Set duress passphrase</source>
        <translation>&amp;عيّن عبارة الإكراه</translation>
    </message>
    <message>
        <source>Re&amp;move it</source>
        <translation>ا&amp;حذفها</translation>
    </message>
    <message>
        <source>Quick wipe</source>
        <translation>المحو السريع</translation>
    </message>
    <message>
        <source>&amp;Offer Quick wipe in the File menu</source>
        <translation>ا&amp;عرض المحو السريع في قائمة ملف</translation>
    </message>
    <message>
        <source>Duress and quick wipe</source>
        <translation>الإكراه والمحو السريع</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Two ways to erase this laptop in an emergency. Whatever was not synced is lost; what was synced comes back after you set the laptop up again and sync.</source>
        <translation>طريقتان لمحو هذا الحاسوب في حالة طارئة. يضيع ما لم تتم مزامنته؛ ويعود ما تمت مزامنته بعد إعداد الحاسوب من جديد والمزامنة.</translation>
    </message>
    <message>
        <source>Your organisation requires a duress passphrase.</source>
        <translation>تشترط منظمتك عبارة مرور للإكراه.</translation>
    </message>
    <message>
        <source>Your organisation does not allow a duress passphrase.</source>
        <translation>لا تسمح منظمتك بعبارة مرور للإكراه.</translation>
    </message>
    <message>
        <source>You decide whether to have one.</source>
        <translation>لك أن تقرر ما إذا كنت تريدها.</translation>
    </message>
    <message>
        <source>You have one. Typed at the unlock screen instead of your passphrase, it erases this laptop, and the screen answers as to a wrong passphrase.</source>
        <translation>لديك واحدة. إذا كُتبت في شاشة فتح القفل بدل عبارة مرورك، فإنها تمحو هذا الحاسوب، وتجيب الشاشة كما لو كانت عبارة مرور خاطئة.</translation>
    </message>
    <message>
        <source>You have none yet. Choose one you can type under pressure, different from your passphrase.</source>
        <translation>ليست لديك واحدة بعد. اختر عبارة تستطيع كتابتها تحت الضغط، مختلفة عن عبارة مرورك.</translation>
    </message>
    <message>
        <source>Your organisation keeps quick wipe on.</source>
        <translation>تُبقي منظمتك المحو السريع مفعّلًا.</translation>
    </message>
    <message>
        <source>Your organisation does not allow quick wipe.</source>
        <translation>لا تسمح منظمتك بالمحو السريع.</translation>
    </message>
    <message>
        <source>When on, File &gt; Quick wipe erases this laptop at once, after one confirmation.</source>
        <translation>عند تفعيله، يمحو ملف &gt; محو سريع هذا الحاسوب فورًا بعد تأكيد واحد.</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Translation not yet reviewed — check with the English text</source>
        <translation>الترجمة لم تُراجَع بعد — تحقّق منها بالنص الإنجليزي</translation>
    </message>
    <message>
        <source>Show the English text</source>
        <translation>إظهار النص الإنجليزي</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>FieldCase — review queue</source>
        <translation>FieldCase — قائمة المراجعة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
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
        <translation>حالات جديدة عالية الخطورة وحرجة (%1)</translation>
    </message>
    <message>
        <source>Unaccompanied or separated children (%1)</source>
        <translation>أطفال غير مصحوبين أو منفصلون عن ذويهم (%1)</translation>
    </message>
    <message>
        <source>Case plans to agree (%1)</source>
        <translation>خطط حالات بانتظار الاعتماد (%1)</translation>
    </message>
    <message>
        <source>Closures to approve (%1)</source>
        <translation>إغلاقات بانتظار الموافقة (%1)</translation>
    </message>
    <message>
        <source>Overdue follow-ups (%1)</source>
        <translation>متابعات متأخرة (%1)</translation>
    </message>
    <message>
        <source>Unassigned intake (%1)</source>
        <translation>حالات واردة غير مُسندة (%1)</translation>
    </message>
    <message>
        <source>Open conflicts (%1)</source>
        <translation>تعارضات مفتوحة (%1)</translation>
    </message>
    <message>
        <source>Changes the server refused (%1)</source>
        <translation>تغييرات رفضها الخادم (%1)</translation>
    </message>
    <message>
        <source>Escalated to a supervisor (%1)</source>
        <translation>مصعّدة إلى مشرف (%1)</translation>
    </message>
    <message>
        <source>Transfers to accept (%1)</source>
        <translation>عمليات نقل بانتظار القبول (%1)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>مستحقة %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>أُرسلت %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>Transfer to %1 waits</source>
        <translation>النقل إلى %1 قيد الانتظار</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>ال&amp;عامل الميداني</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>ال&amp;موقع</translation>
    </message>
    <message>
        <source>&amp;Closed cases too</source>
        <translation>الحالات الم&amp;غلقة أيضًا</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>العامل الميداني</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <source>A person&apos;s name shows on the selected row only. Enter opens the case; Shift+arrows select several.</source>
        <translation>يظهر اسم الشخص في الصف المحدد فقط. يفتح Enter الحالة؛ وتحدد Shift+الأسهم عدة حالات.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <source>Nobody (intake)</source>
        <translation>لا أحد (حالات واردة)</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>لم يُجرَ الفرز</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Nothing waits for a supervisor in this queue.</source>
        <translation>لا شيء ينتظر المشرف في هذه القائمة.</translation>
    </message>
    <message>
        <source>Closed cases are not shown.</source>
        <translation>الحالات المغلقة غير معروضة.</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <source>FieldCase — confirm it is you</source>
        <translation>FieldCase — تأكيد هويتك</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Case data is about to leave this laptop. Type your passphrase again to confirm it is you; it is recorded in the audit log.</source>
        <translation>بيانات الحالة على وشك مغادرة هذا الحاسوب. اكتب عبارة المرور مرة أخرى لتأكيد أنك أنت؛ يُسجَّل ذلك في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Choose the recovery key file</source>
        <translation>اختر ملف مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Recovery key (*.pem *.key *.txt);;All files (*)</source>
        <translation>مفتاح الاسترداد (*.pem *.key *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>FieldCase — recover access</source>
        <translation>FieldCase — استعادة الوصول</translation>
    </message>
    <message>
        <source>paste the key&apos;s text, or choose its file</source>
        <translation>الصق نص المفتاح، أو اختر ملفه</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <source>Organisation &amp;recovery key</source>
        <translation>مفتاح ال&amp;استرداد الخاص بالمنظمة</translation>
    </message>
    <message>
        <source>Choose the key &amp;file…</source>
        <translation>اختيار م&amp;لف المفتاح…</translation>
    </message>
    <message>
        <source>Recover access with the organisation&apos;s key</source>
        <translation>استعادة الوصول بمفتاح المنظمة</translation>
    </message>
    <message>
        <source>Recover and unlock</source>
        <translation>استعادة وفتح القفل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Your organisation&apos;s data-protection officer keeps a recovery key for forgotten passphrases. With it, choose a new passphrase: your cases stay as they are. The key opens every laptop of the organisation, so it is never shown here.</source>
        <translation>يحتفظ مسؤول حماية البيانات في منظمتك بمفتاح استرداد لعبارات المرور المنسية. به، اختر عبارة مرور جديدة: تبقى حالاتك كما هي. يفتح المفتاح كل حواسيب المنظمة، لذا لا يُعرض هنا أبدًا.</translation>
    </message>
    <message>
        <source>Recovering…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
</context>
<context>
    <name>ReferralPrintDialog</name>
    <message>
        <source>FieldCase — referral letter</source>
        <translation>FieldCase — خطاب الإحالة</translation>
    </message>
    <message>
        <source>This is everything the letter shows. Print it, or save it as a PDF where you choose; either is recorded in the case&apos;s history.</source>
        <translation>هذا كل ما يُظهره الخطاب. اطبعه، أو احفظه بصيغة PDF حيث تختار؛ يُسجَّل أيٌّ منهما في السجل التاريخي للحالة.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>الخطاب</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Print the referral letter</source>
        <translation>طباعة خطاب الإحالة</translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation>حفظ خطاب الإحالة</translation>
    </message>
    <message>
        <source>referral.pdf</source>
        <translation>referral.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be saved there.</source>
        <translation>تعذّر حفظ الخطاب هناك.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>The printer could not be reached.</source>
        <translation>تعذّر الوصول إلى الطابعة.</translation>
    </message>
</context>
<context>
    <name>ReferralSection</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>لا توجد إحالات بعد.</translation>
    </message>
    <message>
        <source>Selected referral</source>
        <translation>الإحالة المحددة</translation>
    </message>
    <message>
        <source>Move &amp;to</source>
        <translation>نقل &amp;إلى</translation>
    </message>
    <message>
        <source>&amp;Print the referral letter…</source>
        <translation>&amp;طباعة خطاب الإحالة…</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>إحالة جديدة</translation>
    </message>
    <message>
        <source>S&amp;ervice</source>
        <translation>ال&amp;خدمة</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ال&amp;وضع</translation>
    </message>
    <message>
        <source>Referred &amp;on</source>
        <translation>تاريخ الإ&amp;حالة</translation>
    </message>
    <message>
        <source>✓ The person consented to a referral to this service on %1 (%2).</source>
        <translation>✓ وافق الشخص على الإحالة إلى هذه الخدمة في %1 (%2).</translation>
    </message>
    <message>
        <source>No consent to a referral to this service is recorded: it can be proposed, and sent once the person consents (Consents).</source>
        <translation>لا توجد موافقة مسجّلة على الإحالة إلى هذه الخدمة: يمكن اقتراحها، وإرسالها بعد موافقة الشخص (الموافقات).</translation>
    </message>
    <message>
        <source>Choose a service…</source>
        <translation>اختر خدمة…</translation>
    </message>
    <message>
        <source>Select a referral in the list.</source>
        <translation>اختر إحالة من القائمة.</translation>
    </message>
    <message>
        <source>No change (%1)</source>
        <translation>بلا تغيير (%1)</translation>
    </message>
    <message>
        <source>Your organisation no longer offers this service for new referrals.</source>
        <translation>لم تعد منظمتك تقدم هذه الخدمة للإحالات الجديدة.</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <source>FieldCase — refused changes</source>
        <translation>FieldCase — التغييرات المرفوضة</translation>
    </message>
    <message>
        <source>The server did not accept these changes. This laptop shows those cases as the server has them again, and what was typed is kept here. Open the case to fix it, try the change again once it is allowed, or drop it.</source>
        <translation>لم يقبل الخادم هذه التغييرات. يعرض هذا الحاسوب تلك الحالات كما هي على الخادم من جديد، ويُحتفظ هنا بما كُتب. افتح الحالة لإصلاحها، أو أعد محاولة التغيير حين يُسمح به، أو تخلَّ عنه.</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>التغييرات المرفوضة</translation>
    </message>
    <message>
        <source>No refused changes.</source>
        <translation>لا توجد تغييرات مرفوضة.</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>إ&amp;صلاح…</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>إصلاح…</translation>
    </message>
    <message>
        <source>Open the case to change it</source>
        <translation>فتح الحالة لتغييرها</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>إعادة ال&amp;محاولة</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Apply the wanted value again; it is sent at the next sync</source>
        <translation>تطبيق القيمة المطلوبة مجددًا؛ تُرسَل في المزامنة القادمة</translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation>ال&amp;تخلّي…</translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation>التخلّي…</translation>
    </message>
    <message>
        <source>Forget the wanted value</source>
        <translation>نسيان القيمة المطلوبة</translation>
    </message>
    <message>
        <source>Drop this change?</source>
        <translation>التخلّي عن هذا التغيير؟</translation>
    </message>
    <message>
        <source>What was typed for this change is deleted from this laptop. The case stays as the server has it.</source>
        <translation>يُحذف من هذا الحاسوب ما كُتب لهذا التغيير. تبقى الحالة كما هي على الخادم.</translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Wanted value</source>
        <translation>القيمة المطلوبة</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>سبب رفض الخادم</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>تاريخ الرفض</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (أُزيل)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(remove it)</source>
        <translation>(إزالته)</translation>
    </message>
    <message>
        <source>%1 This laptop still shows it.</source>
        <translation>%1 لا يزال هذا الحاسوب يعرضه.</translation>
    </message>
    <message>
        <source>(not on this laptop)</source>
        <translation>(ليس على هذا الحاسوب)</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>FieldCase — register a new person</source>
        <translation>FieldCase — تسجيل شخص جديد</translation>
    </message>
    <message>
        <source>Register a new person</source>
        <translation>تسجيل شخص جديد</translation>
    </message>
    <message>
        <source>The minimum first; more once the person consents. The case is registered at %1 and assigned to you.</source>
        <translation>الحد الأدنى أولًا؛ والمزيد بعد موافقة الشخص. تُسجَّل الحالة في %1 وتُسند إليك.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;تسجيل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>year-month-day, e.g. 1994-03-17</source>
        <translation>سنة-شهر-يوم، مثلًا 1994-03-17</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>الاسم ال&amp;أول</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>اسم ال&amp;عائلة</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>تاريخ ال&amp;ميلاد</translation>
    </message>
    <message>
        <source>or &amp;age (estimate)</source>
        <translation>أو العم&amp;ر (تقديري)</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>الجن&amp;سية</translation>
    </message>
    <message>
        <source>S&amp;tage of migration</source>
        <translation>مرحلة ال&amp;هجرة</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>More about the person</source>
        <translation>المزيد عن الشخص</translation>
    </message>
    <message>
        <source>Needs the person&apos;s consent to registration.</source>
        <translation>يتطلب موافقة الشخص على التسجيل.</translation>
    </message>
    <message>
        <source>other spellings or scripts, separated by ;</source>
        <translation>تهجئات أو كتابات أخرى، يُفصل بينها بـ ;</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation>أسماء أ&amp;خرى</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>الهات&amp;ف</translation>
    </message>
    <message>
        <source>Identity &amp;document</source>
        <translation>و&amp;ثيقة الهوية</translation>
    </message>
    <message>
        <source>Document n&amp;umber</source>
        <translation>ر&amp;قم الوثيقة</translation>
    </message>
    <message>
        <source>Issued b&amp;y</source>
        <translation>جهة الإ&amp;صدار</translation>
    </message>
    <message>
        <source>Someone already registered may be this person. Compare and decide for each before registering.</source>
        <translation>قد يكون أحد المسجَّلين من قبل هو هذا الشخص. قارن وقرّر لكل منهم قبل التسجيل.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>أُغلقت في</translation>
    </message>
    <message>
        <source>At removal</source>
        <translation>عند الإزالة</translation>
    </message>
    <message>
        <source>FieldCase — retention</source>
        <translation>FieldCase — مدة الاحتفاظ</translation>
    </message>
    <message>
        <source>Closed cases past retention</source>
        <translation>حالات مغلقة تجاوزت مدة الاحتفاظ</translation>
    </message>
    <message>
        <source>Removing them here is not an erasure: the server keeps every one, and a case that changes there comes back to this laptop.</source>
        <translation>إزالتها من هنا ليست محوًا: يحتفظ الخادم بكل واحدة منها، والحالة التي تتغيّر هناك تعود إلى هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Remove from this laptop…</source>
        <translation>إ&amp;زالة من هذا الحاسوب…</translation>
    </message>
    <message>
        <source>Remove from this laptop…</source>
        <translation>إزالة من هذا الحاسوب…</translation>
    </message>
    <message>
        <source>Take the cases marked to go off this laptop; the others stay until synced</source>
        <translation>إزالة الحالات المعلَّمة للإزالة من هذا الحاسوب؛ تبقى الأخرى حتى تتم مزامنتها</translation>
    </message>
    <message>
        <source>Stays until synced</source>
        <translation>تبقى حتى تتم المزامنة</translation>
    </message>
    <message>
        <source>Removed from this laptop</source>
        <translation>أُزيلت من هذا الحاسوب</translation>
    </message>
    <message>
        <source>Your organisation keeps closed cases on this laptop: nothing is removed.</source>
        <translation>تحتفظ منظمتك بالحالات المغلقة على هذا الحاسوب: لا يُزال شيء.</translation>
    </message>
    <message>
        <source>%1 No closed case is past that now.</source>
        <translation>%1 لا توجد الآن حالة مغلقة تجاوزت هذه المدة.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>%1 %2: sync first.</source>
        <translation>%1 %2: قم بالمزامنة أولًا.</translation>
    </message>
    <message>
        <source>%1 %2; %3.</source>
        <translation>%1 %2؛ %3.</translation>
    </message>
    <message>
        <source>Remove these cases from this laptop?</source>
        <translation>هل تريد إزالة هذه الحالات من هذا الحاسوب؟</translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message numerus="yes">
        <source>%Ln closed case(s) removed from this laptop.</source>
        <translation>
            <numerusform>أُزيلت %Ln حالة مغلقة من هذا الحاسوب.</numerusform>
            <numerusform>أُزيلت %Ln حالة مغلقة من هذا الحاسوب.</numerusform>
            <numerusform>أُزيلت %Ln حالة مغلقة من هذا الحاسوب.</numerusform>
            <numerusform>أُزيلت %Ln حالات مغلقة من هذا الحاسوب.</numerusform>
            <numerusform>أُزيلت %Ln حالة مغلقة من هذا الحاسوب.</numerusform>
            <numerusform>أُزيلت %Ln حالة مغلقة من هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organisation keeps closed cases on this laptop for %Ln month(s) after their closure.</source>
        <translation>
            <numerusform>تحتفظ منظمتك بالحالات المغلقة على هذا الحاسوب مدة %Ln شهر بعد إغلاقها.</numerusform>
            <numerusform>تحتفظ منظمتك بالحالات المغلقة على هذا الحاسوب مدة %Ln شهر بعد إغلاقها.</numerusform>
            <numerusform>تحتفظ منظمتك بالحالات المغلقة على هذا الحاسوب مدة %Ln شهر بعد إغلاقها.</numerusform>
            <numerusform>تحتفظ منظمتك بالحالات المغلقة على هذا الحاسوب مدة %Ln أشهر بعد إغلاقها.</numerusform>
            <numerusform>تحتفظ منظمتك بالحالات المغلقة على هذا الحاسوب مدة %Ln شهرًا بعد إغلاقها.</numerusform>
            <numerusform>تحتفظ منظمتك بالحالات المغلقة على هذا الحاسوب مدة %Ln شهر بعد إغلاقها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) can be removed</source>
        <translation>
            <numerusform>يمكن إزالة %Ln حالة</numerusform>
            <numerusform>يمكن إزالة %Ln حالة</numerusform>
            <numerusform>يمكن إزالة %Ln حالة</numerusform>
            <numerusform>يمكن إزالة %Ln حالات</numerusform>
            <numerusform>يمكن إزالة %Ln حالة</numerusform>
            <numerusform>يمكن إزالة %Ln حالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) kept until synced</source>
        <translation>
            <numerusform>%Ln حالة باقية حتى المزامنة</numerusform>
            <numerusform>%Ln حالة باقية حتى المزامنة</numerusform>
            <numerusform>%Ln حالة باقية حتى المزامنة</numerusform>
            <numerusform>%Ln حالات باقية حتى المزامنة</numerusform>
            <numerusform>%Ln حالة باقية حتى المزامنة</numerusform>
            <numerusform>%Ln حالة باقية حتى المزامنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed case(s) will be removed from this laptop. The server keeps each one; this cannot be undone here.</source>
        <translation>
            <numerusform>ستُزال %Ln حالة مغلقة من هذا الحاسوب. يحتفظ الخادم بكل واحدة منها؛ ولا يمكن التراجع عن ذلك هنا.</numerusform>
            <numerusform>ستُزال %Ln حالة مغلقة من هذا الحاسوب. يحتفظ الخادم بكل واحدة منها؛ ولا يمكن التراجع عن ذلك هنا.</numerusform>
            <numerusform>ستُزال %Ln حالة مغلقة من هذا الحاسوب. يحتفظ الخادم بكل واحدة منها؛ ولا يمكن التراجع عن ذلك هنا.</numerusform>
            <numerusform>ستُزال %Ln حالات مغلقة من هذا الحاسوب. يحتفظ الخادم بكل واحدة منها؛ ولا يمكن التراجع عن ذلك هنا.</numerusform>
            <numerusform>ستُزال %Ln حالة مغلقة من هذا الحاسوب. يحتفظ الخادم بكل واحدة منها؛ ولا يمكن التراجع عن ذلك هنا.</numerusform>
            <numerusform>ستُزال %Ln حالة مغلقة من هذا الحاسوب. يحتفظ الخادم بكل واحدة منها؛ ولا يمكن التراجع عن ذلك هنا.</numerusform>
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
        <translation>%1: %2. يقرأ العامل الميداني تعليقك كملاحظة على الحالة.</translation>
    </message>
    <message>
        <source>&amp;What is missing?</source>
        <translation>&amp;ما الناقص؟</translation>
    </message>
    <message>
        <source>Return to the worker</source>
        <translation>إعادة إلى العامل الميداني</translation>
    </message>
</context>
<context>
    <name>ScreeningSection</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>Past screenings</source>
        <translation>عمليات الفرز السابقة</translation>
    </message>
    <message>
        <source>Not screened yet.</source>
        <translation>لم يُجرَ الفرز بعد.</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>الا&amp;ستبيان</translation>
    </message>
    <message>
        <source>New &amp;screening</source>
        <translation>&amp;فرز جديد</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Level and reasons</source>
        <translation>المستوى والأسباب</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>الفرز</translation>
    </message>
    <message>
        <source>Child rule (ILO/EC): %1</source>
        <translation>قاعدة الأطفال (منظمة العمل الدولية/المفوضية الأوروبية): %1</translation>
    </message>
    <message>
        <source>The age is not known, so the person is screened as a child until shown otherwise.</source>
        <translation>العمر غير معروف، لذا يُفرز الشخص كطفل إلى أن يثبت خلاف ذلك.</translation>
    </message>
    <message>
        <source>This questionnaire version is not on this laptop.</source>
        <translation>نسخة الاستبيان هذه ليست على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>المستوى: %1</translation>
    </message>
    <message>
        <source>A supervisor will review this case once it is saved.</source>
        <translation>سيراجع مشرف هذه الحالة بعد حفظها.</translation>
    </message>
</context>
<context>
    <name>ScreeningWords</name>
    <message>
        <source>strong</source>
        <translation>قوي</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ضعيف</translation>
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
        <translation>لم تكن الإجابة «نعم» على أي مؤشر.</translation>
    </message>
    <message>
        <source>Rule met: %1</source>
        <translation>القاعدة متحققة: %1</translation>
    </message>
    <message>
        <source>%1: positive — %2</source>
        <translation>%1: إيجابي — %2</translation>
    </message>
    <message>
        <source>%1: not positive — %2</source>
        <translation>%1: غير إيجابي — %2</translation>
    </message>
    <message>
        <source>No factor answered yes.</source>
        <translation>لم تكن الإجابة «نعم» على أي عامل.</translation>
    </message>
    <message>
        <source>Vulnerability score %1: risk factors %2 minus protective factors %3 (medium from %4, high from %5, critical from %6).</source>
        <translation>درجة الهشاشة %1: عوامل الخطر %2 ناقص عوامل الحماية %3 (متوسط من %4، مرتفع من %5، حرج من %6).</translation>
    </message>
    <message>
        <source>“%1” makes the level at least %2.</source>
        <translation>«%1» يجعل المستوى %2 على الأقل.</translation>
    </message>
    <message>
        <source>%1 risk factors: %2</source>
        <translation>عوامل الخطر %1: %2</translation>
    </message>
    <message>
        <source>“%1” (+%2)</source>
        <translation>«%1» (+%2)</translation>
    </message>
    <message>
        <source>Protective factors: %1</source>
        <translation>عوامل الحماية: %1</translation>
    </message>
    <message>
        <source>“%1” (−%2)</source>
        <translation>«%1» (−%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; no answer to them could change the level.</source>
        <translation>
            <numerusform>%Ln سؤال بلا إجابة؛ لا يمكن لأي إجابة عنها أن تغيّر المستوى.</numerusform>
            <numerusform>%Ln سؤال بلا إجابة؛ لا يمكن لأي إجابة عنه أن تغيّر المستوى.</numerusform>
            <numerusform>%Ln سؤال بلا إجابة؛ لا يمكن لأي إجابة عنهما أن تغيّر المستوى.</numerusform>
            <numerusform>%Ln أسئلة بلا إجابة؛ لا يمكن لأي إجابة عنها أن تغيّر المستوى.</numerusform>
            <numerusform>%Ln سؤالًا بلا إجابة؛ لا يمكن لأي إجابة عنها أن تغيّر المستوى.</numerusform>
            <numerusform>%Ln سؤال بلا إجابة؛ لا يمكن لأي إجابة عنها أن تغيّر المستوى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; answering them could raise the level to %1.</source>
        <translation>
            <numerusform>%Ln سؤال بلا إجابة؛ قد ترفع الإجابة عنها المستوى إلى %1.</numerusform>
            <numerusform>%Ln سؤال بلا إجابة؛ قد ترفع الإجابة عنه المستوى إلى %1.</numerusform>
            <numerusform>%Ln سؤال بلا إجابة؛ قد ترفع الإجابة عنهما المستوى إلى %1.</numerusform>
            <numerusform>%Ln أسئلة بلا إجابة؛ قد ترفع الإجابة عنها المستوى إلى %1.</numerusform>
            <numerusform>%Ln سؤالًا بلا إجابة؛ قد ترفع الإجابة عنها المستوى إلى %1.</numerusform>
            <numerusform>%Ln سؤال بلا إجابة؛ قد ترفع الإجابة عنها المستوى إلى %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; answering them could lower the level to %1.</source>
        <translation>
            <numerusform>%Ln سؤال بلا إجابة؛ قد تخفض الإجابة عنها المستوى إلى %1.</numerusform>
            <numerusform>%Ln سؤال بلا إجابة؛ قد تخفض الإجابة عنه المستوى إلى %1.</numerusform>
            <numerusform>%Ln سؤال بلا إجابة؛ قد تخفض الإجابة عنهما المستوى إلى %1.</numerusform>
            <numerusform>%Ln أسئلة بلا إجابة؛ قد تخفض الإجابة عنها المستوى إلى %1.</numerusform>
            <numerusform>%Ln سؤالًا بلا إجابة؛ قد تخفض الإجابة عنها المستوى إلى %1.</numerusform>
            <numerusform>%Ln سؤال بلا إجابة؛ قد تخفض الإجابة عنها المستوى إلى %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not answered; depending on the answers the level could be anywhere from %1 to %2.</source>
        <translation>
            <numerusform>%Ln سؤال بلا إجابة؛ بحسب الإجابات قد يكون المستوى بين %1 و%2.</numerusform>
            <numerusform>%Ln سؤال بلا إجابة؛ بحسب الإجابة قد يكون المستوى بين %1 و%2.</numerusform>
            <numerusform>%Ln سؤال بلا إجابة؛ بحسب الإجابات قد يكون المستوى بين %1 و%2.</numerusform>
            <numerusform>%Ln أسئلة بلا إجابة؛ بحسب الإجابات قد يكون المستوى بين %1 و%2.</numerusform>
            <numerusform>%Ln سؤالًا بلا إجابة؛ بحسب الإجابات قد يكون المستوى بين %1 و%2.</numerusform>
            <numerusform>%Ln سؤال بلا إجابة؛ بحسب الإجابات قد يكون المستوى بين %1 و%2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search name, case number, phone or document</source>
        <translation>ابحث بالاسم أو رقم الحالة أو الهاتف أو الوثيقة</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>حالاتي</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
</context>
<context>
    <name>ServiceWords</name>
    <message>
        <source>Open day and night, every day</source>
        <translation>مفتوح ليلًا ونهارًا، كل يوم</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: من %2 إلى %3</translation>
    </message>
    <message>
        <source>Hours not given</source>
        <translation>لم تُذكر ساعات العمل</translation>
    </message>
    <message>
        <source>Ages %1 to %2</source>
        <translation>الأعمار من %1 إلى %2</translation>
    </message>
    <message>
        <source>Aged %1 or over</source>
        <translation>بعمر %1 فأكثر</translation>
    </message>
    <message>
        <source>Aged %1 or under</source>
        <translation>بعمر %1 فأقل</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>فقط: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>نوع الخدمة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Who may come</source>
        <translation>من يمكنه الحضور</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>FieldCase — set up this laptop</source>
        <translation>FieldCase — إعداد هذا الحاسوب</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>اسم المستخدم الخاص بك</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>رمز الموقع</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Organisation recovery key</source>
        <translation>مفتاح الاسترداد الخاص بالمنظمة</translation>
    </message>
    <message>
        <source>for example LAMP-01</source>
        <translation>مثلًا LAMP-01</translation>
    </message>
    <message>
        <source>optional: 64 characters from your organisation</source>
        <translation>اختياري: 64 حرفًا من منظمتك</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>اقتراح عبارة مرور</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
    <message>
        <source>Set up FieldCase on this laptop</source>
        <translation>إعداد FieldCase على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>إنشاء الملف الشخصي</translation>
    </message>
    <message>
        <source>Every case on this laptop is encrypted with a key that only your passphrase opens. Choose a long passphrase you can remember: a few random words work well. If it is forgotten, the cases cannot be opened, unless your organisation gave you its recovery key for this laptop.</source>
        <translation>كل حالة على هذا الحاسوب مشفّرة بمفتاح لا تفتحه إلا عبارة مرورك. اختر عبارة مرور طويلة يمكنك تذكّرها: بضع كلمات عشوائية تفي بالغرض. إذا نُسيت، لا يمكن فتح الحالات، إلا إذا أعطتك منظمتك مفتاح الاسترداد الخاص بها لهذا الحاسوب.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>جارٍ الإنشاء…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>FieldCase — sign in</source>
        <translation>FieldCase — تسجيل الدخول</translation>
    </message>
    <message>
        <source>Server passphrase</source>
        <translation>عبارة مرور الخادم</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>تسجيل الدخول إلى %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Enter your server passphrase.</source>
        <translation>أدخل عبارة مرور الخادم.</translation>
    </message>
</context>
<context>
    <name>SignInWords</name>
    <message numerus="yes">
        <source>This laptop has not been online for %Ln day(s), so the server must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln يوم، لذا يجب أن يتحقق الخادم من أنك لا تزال أنت. أدخل عبارة مرور الخادم: التي عيّنها لك المسؤول عن النظام على الخادم، لا التي تفتح قفل هذا الحاسوب.</numerusform>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln يوم، لذا يجب أن يتحقق الخادم من أنك لا تزال أنت. أدخل عبارة مرور الخادم: التي عيّنها لك المسؤول عن النظام على الخادم، لا التي تفتح قفل هذا الحاسوب.</numerusform>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln يوم، لذا يجب أن يتحقق الخادم من أنك لا تزال أنت. أدخل عبارة مرور الخادم: التي عيّنها لك المسؤول عن النظام على الخادم، لا التي تفتح قفل هذا الحاسوب.</numerusform>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln أيام، لذا يجب أن يتحقق الخادم من أنك لا تزال أنت. أدخل عبارة مرور الخادم: التي عيّنها لك المسؤول عن النظام على الخادم، لا التي تفتح قفل هذا الحاسوب.</numerusform>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln يومًا، لذا يجب أن يتحقق الخادم من أنك لا تزال أنت. أدخل عبارة مرور الخادم: التي عيّنها لك المسؤول عن النظام على الخادم، لا التي تفتح قفل هذا الحاسوب.</numerusform>
            <numerusform>لم يتصل هذا الحاسوب بالإنترنت منذ %Ln يوم، لذا يجب أن يتحقق الخادم من أنك لا تزال أنت. أدخل عبارة مرور الخادم: التي عيّنها لك المسؤول عن النظام على الخادم، لا التي تفتح قفل هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not signed in to the server on this laptop yet. Sign in once, so the changes you make here are sent as yours. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>لم تسجّل الدخول إلى الخادم على هذا الحاسوب بعد. سجّل الدخول مرة واحدة، لكي تُرسَل التغييرات التي تجريها هنا باسمك. أدخل عبارة مرور الخادم: التي عيّنها لك المسؤول عن النظام على الخادم، لا التي تفتح قفل هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is behind a time it has already seen, so the server must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>ساعة هذا الحاسوب متأخرة عن وقت سبق أن رآه، لذا يجب أن يتحقق الخادم من أنك لا تزال أنت. أدخل عبارة مرور الخادم: التي عيّنها لك المسؤول عن النظام على الخادم، لا التي تفتح قفل هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The server has ended this laptop&apos;s session, so it must check that it is still you. Enter your server passphrase: the one your administrator set for you on the server, not the one that unlocks this laptop.</source>
        <translation>أنهى الخادم جلسة هذا الحاسوب، لذا يجب أن يتحقق من أنك لا تزال أنت. أدخل عبارة مرور الخادم: التي عيّنها لك المسؤول عن النظام على الخادم، لا التي تفتح قفل هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>No screening is recorded.</source>
        <translation>لم يُسجَّل أي فرز.</translation>
    </message>
    <message>
        <source>This questionnaire version is not on this laptop.</source>
        <translation>نسخة الاستبيان هذه غير موجودة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>%1: %2 (on %3)</source>
        <translation>%1: %2 (في %3)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>بلا تقييم</translation>
    </message>
    <message>
        <source>%1 — a supervisor should review it</source>
        <translation>%1 — يجب أن يراجعه مشرف</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>الحالة مغلقة.</translation>
    </message>
    <message>
        <source>The case plan is agreed; the steps are the open referrals and follow-ups below.</source>
        <translation>خطة الحالة متفق عليها؛ خطواتها هي الإحالات والمتابعات المفتوحة أدناه.</translation>
    </message>
    <message>
        <source>No case plan is agreed yet.</source>
        <translation>لم يُتفق على خطة للحالة بعد.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم الحالة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>مستوى الخطر</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>لم يُجرَ الفرز</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مُسندة إلى</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>فُتحت في</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1، منذ %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation>ملخص الحالة %1</translation>
    </message>
    <message>
        <source>Confidential: for the people working on this case only. Do not copy or pass on.</source>
        <translation>سري: للعاملين على هذه الحالة فقط. لا تنسخه ولا تمرّره لغيرك.</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Risk and screening</source>
        <translation>الخطر والفرز</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>خطة الحالة</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>الإحالات المفتوحة</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>المتابعات المفتوحة</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>حوالي %1 سنة</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>تاريخ الميلاد / العمر</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Who the person is (included by the person who printed)</source>
        <translation>هوية الشخص (أضافها من قام بالطباعة)</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>ملخص الحالة</translation>
    </message>
</context>
<context>
    <name>SupervisorDesk</name>
    <message>
        <source>a case</source>
        <translation>حالة</translation>
    </message>
    <message>
        <source>it is no longer on this laptop</source>
        <translation>لم تعد على هذا الحاسوب</translation>
    </message>
    <message>
        <source>only a supervisor of the case&apos;s team may assign it</source>
        <translation>لا يمكن إسنادها إلا لمشرف من فريق الحالة</translation>
    </message>
    <message>
        <source>someone assigned it again since</source>
        <translation>أسندها شخص آخر منذ ذلك الحين</translation>
    </message>
    <message>
        <source>the case breaks a rule; open it and fix it first</source>
        <translation>الحالة تخالف قاعدة؛ افتحها وأصلحها أولًا</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select or open a case first.</source>
        <translation>اختر حالة أو افتحها أولًا.</translation>
    </message>
    <message>
        <source>%1 waits for no approval: it is %2.</source>
        <translation>%1 لا تنتظر أي موافقة: إنها %2.</translation>
    </message>
    <message>
        <source>%1 has nothing to return: it is %2.</source>
        <translation>%1 ليس فيها ما يُعاد: إنها %2.</translation>
    </message>
    <message>
        <source>Done: %1 — %2.</source>
        <translation>تم: %1 — %2.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Select one or more cases first.</source>
        <translation>اختر حالة واحدة أو أكثر أولًا.</translation>
    </message>
    <message>
        <source>Transfer proposed</source>
        <translation>تم اقتراح النقل</translation>
    </message>
    <message>
        <source>Transfer accepted</source>
        <translation>تم قبول النقل</translation>
    </message>
    <message>
        <source>Transfer declined</source>
        <translation>تم رفض النقل</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>تم التصعيد</translation>
    </message>
    <message>
        <source>Escalation cleared</source>
        <translation>تم إنهاء التصعيد</translation>
    </message>
</context>
<context>
    <name>SupervisorWords</name>
    <message numerus="yes">
        <source>%Ln case(s) given back to whom they were assigned before.</source>
        <translation>
            <numerusform>أُعيدت %Ln حالة إلى من كانت مُسندة إليه من قبل.</numerusform>
            <numerusform>أُعيدت %Ln حالة إلى من كانت مُسندة إليه من قبل.</numerusform>
            <numerusform>أُعيدت %Ln حالة إلى من كانت مُسندة إليه من قبل.</numerusform>
            <numerusform>أُعيدت %Ln حالات إلى من كانت مُسندة إليه من قبل.</numerusform>
            <numerusform>أُعيدت %Ln حالة إلى من كانت مُسندة إليه من قبل.</numerusform>
            <numerusform>أُعيدت %Ln حالة إلى من كانت مُسندة إليه من قبل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) returned to intake.</source>
        <translation>
            <numerusform>أُعيدت %Ln حالة إلى الحالات الواردة.</numerusform>
            <numerusform>أُعيدت %Ln حالة إلى الحالات الواردة.</numerusform>
            <numerusform>أُعيدت %Ln حالة إلى الحالات الواردة.</numerusform>
            <numerusform>أُعيدت %Ln حالات إلى الحالات الواردة.</numerusform>
            <numerusform>أُعيدت %Ln حالة إلى الحالات الواردة.</numerusform>
            <numerusform>أُعيدت %Ln حالة إلى الحالات الواردة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) assigned to %1.</source>
        <translation>
            <numerusform>أُسندت %Ln حالة إلى %1.</numerusform>
            <numerusform>أُسندت %Ln حالة إلى %1.</numerusform>
            <numerusform>أُسندت %Ln حالة إلى %1.</numerusform>
            <numerusform>أُسندت %Ln حالات إلى %1.</numerusform>
            <numerusform>أُسندت %Ln حالة إلى %1.</numerusform>
            <numerusform>أُسندت %Ln حالة إلى %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already were.</source>
        <translation>
            <numerusform>%Ln كانت مُسندة أصلًا.</numerusform>
            <numerusform>%Ln كانت مُسندة أصلًا.</numerusform>
            <numerusform>%Ln كانت مُسندة أصلًا.</numerusform>
            <numerusform>%Ln كانت مُسندة أصلًا.</numerusform>
            <numerusform>%Ln كانت مُسندة أصلًا.</numerusform>
            <numerusform>%Ln كانت مُسندة أصلًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not: %1.</source>
        <translation>
            <numerusform>%Ln لم تُسند: %1.</numerusform>
            <numerusform>%Ln لم تُسند: %1.</numerusform>
            <numerusform>%Ln لم تُسند: %1.</numerusform>
            <numerusform>%Ln لم تُسند: %1.</numerusform>
            <numerusform>%Ln لم تُسند: %1.</numerusform>
            <numerusform>%Ln لم تُسند: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Assign %Ln case(s) to:</source>
        <translation>
            <numerusform>إ&amp;سناد %Ln حالة إلى:</numerusform>
            <numerusform>إ&amp;سناد %Ln حالة إلى:</numerusform>
            <numerusform>إ&amp;سناد %Ln حالة إلى:</numerusform>
            <numerusform>إ&amp;سناد %Ln حالات إلى:</numerusform>
            <numerusform>إ&amp;سناد %Ln حالة إلى:</numerusform>
            <numerusform>إ&amp;سناد %Ln حالة إلى:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals with no answer after %Ln day(s) (%1)</source>
        <translation>
            <numerusform>إحالات بلا رد بعد %Ln يوم (%1)</numerusform>
            <numerusform>إحالات بلا رد بعد %Ln يوم (%1)</numerusform>
            <numerusform>إحالات بلا رد بعد %Ln يوم (%1)</numerusform>
            <numerusform>إحالات بلا رد بعد %Ln أيام (%1)</numerusform>
            <numerusform>إحالات بلا رد بعد %Ln يومًا (%1)</numerusform>
            <numerusform>إحالات بلا رد بعد %Ln يوم (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) wait for a supervisor.</source>
        <translation>
            <numerusform>%Ln حالة تنتظر مشرفًا.</numerusform>
            <numerusform>%Ln حالة تنتظر مشرفًا.</numerusform>
            <numerusform>%Ln حالة تنتظر مشرفًا.</numerusform>
            <numerusform>%Ln حالات تنتظر مشرفًا.</numerusform>
            <numerusform>%Ln حالة تنتظر مشرفًا.</numerusform>
            <numerusform>%Ln حالة تنتظر مشرفًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed cases are not counted (%Ln).</source>
        <translation>
            <numerusform>الحالات المغلقة غير محسوبة (%Ln).</numerusform>
            <numerusform>الحالات المغلقة غير محسوبة (%Ln).</numerusform>
            <numerusform>الحالات المغلقة غير محسوبة (%Ln).</numerusform>
            <numerusform>الحالات المغلقة غير محسوبة (%Ln).</numerusform>
            <numerusform>الحالات المغلقة غير محسوبة (%Ln).</numerusform>
            <numerusform>الحالات المغلقة غير محسوبة (%Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median %1 days, over %Ln case(s).</source>
        <translation>
            <numerusform>الوسيط بالأيام: %1، محسوبًا على %Ln حالة.</numerusform>
            <numerusform>الوسيط بالأيام: %1، محسوبًا على %Ln حالة.</numerusform>
            <numerusform>الوسيط بالأيام: %1، محسوبًا على %Ln حالة.</numerusform>
            <numerusform>الوسيط بالأيام: %1، محسوبًا على %Ln حالات.</numerusform>
            <numerusform>الوسيط بالأيام: %1، محسوبًا على %Ln حالة.</numerusform>
            <numerusform>الوسيط بالأيام: %1، محسوبًا على %Ln حالة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case(s) had no assistance yet.</source>
        <translation>
            <numerusform>%Ln حالة مفتوحة لم تتلقَّ أي مساعدة بعد.</numerusform>
            <numerusform>%Ln حالة مفتوحة لم تتلقَّ أي مساعدة بعد.</numerusform>
            <numerusform>%Ln حالة مفتوحة لم تتلقَّ أي مساعدة بعد.</numerusform>
            <numerusform>%Ln حالات مفتوحة لم تتلقَّ أي مساعدة بعد.</numerusform>
            <numerusform>%Ln حالة مفتوحة لم تتلقَّ أي مساعدة بعد.</numerusform>
            <numerusform>%Ln حالة مفتوحة لم تتلقَّ أي مساعدة بعد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) on this laptop in your scope.</source>
        <translation>
            <numerusform>%Ln حالة ضمن نطاقك على هذا الحاسوب.</numerusform>
            <numerusform>%Ln حالة ضمن نطاقك على هذا الحاسوب.</numerusform>
            <numerusform>%Ln حالة ضمن نطاقك على هذا الحاسوب.</numerusform>
            <numerusform>%Ln حالات ضمن نطاقك على هذا الحاسوب.</numerusform>
            <numerusform>%Ln حالة ضمن نطاقك على هذا الحاسوب.</numerusform>
            <numerusform>%Ln حالة ضمن نطاقك على هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them closed.</source>
        <translation>
            <numerusform>%Ln منها مغلقة.</numerusform>
            <numerusform>%Ln منها مغلقة.</numerusform>
            <numerusform>%Ln منها مغلقة.</numerusform>
            <numerusform>%Ln منها مغلقة.</numerusform>
            <numerusform>%Ln منها مغلقة.</numerusform>
            <numerusform>%Ln منها مغلقة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusArea</name>
    <message>
        <source>%1 kB</source>
        <translation>%1 ك.بايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 م.بايت</translation>
    </message>
    <message>
        <source>Files: %1 of %2 · %3 of %4</source>
        <translation>الملفات: %1 من %2 · %3 من %4</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>وضع المزامنة</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop the sync; nothing is lost</source>
        <translation>إيقاف المزامنة؛ لن يُفقد شيء</translation>
    </message>
    <message>
        <source>Attachment files</source>
        <translation>ملفات المرفقات</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>منذ %Ln د</numerusform>
            <numerusform>منذ %Ln د</numerusform>
            <numerusform>منذ %Ln د</numerusform>
            <numerusform>منذ %Ln د</numerusform>
            <numerusform>منذ %Ln د</numerusform>
            <numerusform>منذ %Ln د</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>منذ %Ln س</numerusform>
            <numerusform>منذ %Ln س</numerusform>
            <numerusform>منذ %Ln س</numerusform>
            <numerusform>منذ %Ln س</numerusform>
            <numerusform>منذ %Ln س</numerusform>
            <numerusform>منذ %Ln س</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>منذ %Ln يوم</numerusform>
            <numerusform>منذ %Ln يوم</numerusform>
            <numerusform>منذ %Ln يوم</numerusform>
            <numerusform>منذ %Ln أيام</numerusform>
            <numerusform>منذ %Ln يومًا</numerusform>
            <numerusform>منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: no connection</source>
        <translation>لم تتم المزامنة: لا يوجد اتصال</translation>
    </message>
    <message>
        <source>Not synced: this laptop&apos;s clock is wrong</source>
        <translation>لم تتم المزامنة: ساعة هذا الحاسوب خاطئة</translation>
    </message>
    <message>
        <source>Not synced: sign-in refused</source>
        <translation>لم تتم المزامنة: رُفض تسجيل الدخول</translation>
    </message>
    <message>
        <source>Not synced: server problem</source>
        <translation>لم تتم المزامنة: مشكلة في الخادم</translation>
    </message>
    <message>
        <source>Not synced: cancelled</source>
        <translation>لم تتم المزامنة: أُلغيت</translation>
    </message>
    <message>
        <source>Not synced: device revoked</source>
        <translation>لم تتم المزامنة: أُلغي اعتماد الجهاز</translation>
    </message>
    <message>
        <source>Not synced: sign-in needed</source>
        <translation>لم تتم المزامنة: يلزم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Not synced: failed</source>
        <translation>لم تتم المزامنة: فشلت</translation>
    </message>
    <message>
        <source>Not enrolled with a server: cases stay on this laptop</source>
        <translation>غير مسجَّل لدى خادم: تبقى الحالات على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>آخر مزامنة %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln تغيير للإرسال</numerusform>
            <numerusform>%Ln تغيير للإرسال</numerusform>
            <numerusform>%Ln تغيير للإرسال</numerusform>
            <numerusform>%Ln تغييرات للإرسال</numerusform>
            <numerusform>%Ln تغييرًا للإرسال</numerusform>
            <numerusform>%Ln تغيير للإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) wait for %1 to sign in</source>
        <translation>
            <numerusform>%Ln تغيير ينتظر تسجيل دخول %1</numerusform>
            <numerusform>%Ln تغيير ينتظر تسجيل دخول %1</numerusform>
            <numerusform>%Ln تغيير ينتظر تسجيل دخول %1</numerusform>
            <numerusform>%Ln تغييرات تنتظر تسجيل دخول %1</numerusform>
            <numerusform>%Ln تغييرًا ينتظر تسجيل دخول %1</numerusform>
            <numerusform>%Ln تغيير ينتظر تسجيل دخول %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln تعارض</numerusform>
            <numerusform>%Ln تعارض</numerusform>
            <numerusform>%Ln تعارض</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضًا</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused by the server</source>
        <translation>
            <numerusform>%Ln رفضه الخادم</numerusform>
            <numerusform>%Ln رفضه الخادم</numerusform>
            <numerusform>%Ln رفضه الخادم</numerusform>
            <numerusform>%Ln رفضها الخادم</numerusform>
            <numerusform>%Ln رفضها الخادم</numerusform>
            <numerusform>%Ln رفضها الخادم</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Sending changes (%1 of %2)…</source>
        <translation>جارٍ إرسال التغييرات (%1 من %2)…</translation>
    </message>
    <message>
        <source>Sending changes (%1)…</source>
        <translation>جارٍ إرسال التغييرات (%1)…</translation>
    </message>
    <message>
        <source>Receiving changes (%1)…</source>
        <translation>جارٍ استلام التغييرات (%1)…</translation>
    </message>
    <message>
        <source>Connection trouble; trying again (attempt %1)…</source>
        <translation>مشكلة في الاتصال؛ جارٍ إعادة المحاولة (المحاولة %1)…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>جارٍ الإنهاء…</translation>
    </message>
</context>
<context>
    <name>TaskWords</name>
    <message>
        <source>Done on %1</source>
        <translation>أُنجزت في %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>متأخرة %Ln يوم</numerusform>
            <numerusform>متأخرة %Ln يوم</numerusform>
            <numerusform>متأخرة %Ln يوم</numerusform>
            <numerusform>متأخرة %Ln أيام</numerusform>
            <numerusform>متأخرة %Ln يومًا</numerusform>
            <numerusform>متأخرة %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>مستحقة اليوم</translation>
    </message>
    <message numerus="yes">
        <source>Due in %Ln day(s)</source>
        <translation>
            <numerusform>مستحقة خلال %Ln يوم</numerusform>
            <numerusform>مستحقة خلال %Ln يوم</numerusform>
            <numerusform>مستحقة خلال %Ln يوم</numerusform>
            <numerusform>مستحقة خلال %Ln أيام</numerusform>
            <numerusform>مستحقة خلال %Ln يومًا</numerusform>
            <numerusform>مستحقة خلال %Ln يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksSection</name>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مُسندة إلى</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;وضع علامة منجزة</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>وضع علامة منجزة</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>تاريخ الا&amp;ستحقاق</translation>
    </message>
    <message>
        <source>Assi&amp;gned to</source>
        <translation>مُسندة &amp;إلى</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (لم تُحفظ بعد)</translation>
    </message>
    <message>
        <source>&amp;Not done after all</source>
        <translation>&amp;لم تُنجز في الواقع</translation>
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
        <translation>تبقى %1 في موقعها مع فريقك إلى أن يوافق مشرف في الموقع الآخر على النقل.</translation>
    </message>
    <message>
        <source>transfer to another site</source>
        <translation>النقل إلى موقع آخر</translation>
    </message>
    <message>
        <source>&amp;Why? (the receiving supervisor reads this)</source>
        <translation>&amp;لماذا؟ (يقرأ المشرف المستقبِل هذا)</translation>
    </message>
    <message>
        <source>Propose the transfer</source>
        <translation>اقتراح النقل</translation>
    </message>
    <message>
        <source>e.g. PORT-01</source>
        <translation>مثلاً PORT-01</translation>
    </message>
    <message>
        <source>&amp;Site code</source>
        <translation>رمز ال&amp;موقع</translation>
    </message>
    <message>
        <source>%1 stays where it is, with the team that sent it. They read your reason.</source>
        <translation>تبقى %1 حيث هي، لدى الفريق الذي أرسلها. سيقرؤون سببك.</translation>
    </message>
    <message>
        <source>decline the transfer</source>
        <translation>رفض النقل</translation>
    </message>
    <message>
        <source>&amp;Why do you decline it?</source>
        <translation>&amp;لماذا ترفضه؟</translation>
    </message>
    <message>
        <source>Decline the transfer</source>
        <translation>رفض النقل</translation>
    </message>
    <message>
        <source>%1 goes to the supervisors&apos; review queue, under &quot;Escalated to a supervisor&quot;, until a supervisor clears it.</source>
        <translation>تذهب %1 إلى قائمة مراجعة المشرفين، ضمن «مصعّدة إلى مشرف»، إلى أن ينهي مشرف التصعيد.</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>تصعيد</translation>
    </message>
    <message>
        <source>&amp;What needs a supervisor?</source>
        <translation>&amp;ما الذي يحتاج إلى مشرف؟</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>تصعيد</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <source>FieldCase — prepare for travel</source>
        <translation>FieldCase — الاستعداد للسفر</translation>
    </message>
    <message>
        <source>Prepare for travel</source>
        <translation>الاستعداد للسفر</translation>
    </message>
    <message>
        <source>Erase cases for travel</source>
        <translation>امحُ الحالات استعدادًا للسفر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Before a border crossing, this laptop can keep no case at all. Once everything is synced, every case, search entry and attachment is erased with new keys, so what was here cannot be read again. Your passphrase still opens FieldCase; after the crossing, unlock and sync to download the cases again.</source>
        <translation>قبل عبور الحدود، يمكن ألا يحتفظ هذا الحاسوب بأي حالة. بعد مزامنة كل شيء، تُمحى كل الحالات ومداخل البحث والمرفقات بمفاتيح جديدة، فلا يمكن قراءة ما كان هنا مرة أخرى. تظل عبارة مرورك تفتح FieldCase؛ وبعد العبور افتح القفل وزامن لتنزيل الحالات من جديد.</translation>
    </message>
    <message>
        <source>Checking what is synced…</source>
        <translation>جارٍ التحقق مما تمت مزامنته…</translation>
    </message>
    <message>
        <source>Travel status</source>
        <translation>حالة الاستعداد للسفر</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a server, so its cases could not be downloaded again after the crossing. Nothing can be erased.</source>
        <translation>هذا الحاسوب غير مسجّل لدى خادم، فلا يمكن تنزيل حالاته من جديد بعد العبور. لا يمكن محو أي شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Everything is synced. %Ln case(s) on this laptop will be erased. FieldCase locks when it is done.</source>
        <translation>
            <numerusform>تمت مزامنة كل شيء. ستُمحى الحالات على هذا الحاسوب (العدد: %Ln). يُقفل FieldCase عند الانتهاء.</numerusform>
            <numerusform>تمت مزامنة كل شيء. ستُمحى الحالات على هذا الحاسوب (العدد: %Ln). يُقفل FieldCase عند الانتهاء.</numerusform>
            <numerusform>تمت مزامنة كل شيء. ستُمحى الحالات على هذا الحاسوب (العدد: %Ln). يُقفل FieldCase عند الانتهاء.</numerusform>
            <numerusform>تمت مزامنة كل شيء. ستُمحى الحالات على هذا الحاسوب (العدد: %Ln). يُقفل FieldCase عند الانتهاء.</numerusform>
            <numerusform>تمت مزامنة كل شيء. ستُمحى الحالات على هذا الحاسوب (العدد: %Ln). يُقفل FieldCase عند الانتهاء.</numerusform>
            <numerusform>تمت مزامنة كل شيء. ستُمحى الحالات على هذا الحاسوب (العدد: %Ln). يُقفل FieldCase عند الانتهاء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything is synced yet:</source>
        <translation>لم تتم مزامنة كل شيء بعد:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>تغييرات للإرسال: %Ln</numerusform>
            <numerusform>تغييرات للإرسال: %Ln</numerusform>
            <numerusform>تغييرات للإرسال: %Ln</numerusform>
            <numerusform>تغييرات للإرسال: %Ln</numerusform>
            <numerusform>تغييرات للإرسال: %Ln</numerusform>
            <numerusform>تغييرات للإرسال: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s) to resolve</source>
        <translation>
            <numerusform>تعارضات مفتوحة للحل: %Ln</numerusform>
            <numerusform>تعارضات مفتوحة للحل: %Ln</numerusform>
            <numerusform>تعارضات مفتوحة للحل: %Ln</numerusform>
            <numerusform>تعارضات مفتوحة للحل: %Ln</numerusform>
            <numerusform>تعارضات مفتوحة للحل: %Ln</numerusform>
            <numerusform>تعارضات مفتوحة للحل: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change(s) held</source>
        <translation>
            <numerusform>تغييرات مرفوضة محتجزة: %Ln</numerusform>
            <numerusform>تغييرات مرفوضة محتجزة: %Ln</numerusform>
            <numerusform>تغييرات مرفوضة محتجزة: %Ln</numerusform>
            <numerusform>تغييرات مرفوضة محتجزة: %Ln</numerusform>
            <numerusform>تغييرات مرفوضة محتجزة: %Ln</numerusform>
            <numerusform>تغييرات مرفوضة محتجزة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s) not uploaded</source>
        <translation>
            <numerusform>مرفقات لم تُرفع: %Ln</numerusform>
            <numerusform>مرفقات لم تُرفع: %Ln</numerusform>
            <numerusform>مرفقات لم تُرفع: %Ln</numerusform>
            <numerusform>مرفقات لم تُرفع: %Ln</numerusform>
            <numerusform>مرفقات لم تُرفع: %Ln</numerusform>
            <numerusform>مرفقات لم تُرفع: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit event(s) not sent</source>
        <translation>
            <numerusform>أحداث سجل التدقيق لم تُرسل: %Ln</numerusform>
            <numerusform>أحداث سجل التدقيق لم تُرسل: %Ln</numerusform>
            <numerusform>أحداث سجل التدقيق لم تُرسل: %Ln</numerusform>
            <numerusform>أحداث سجل التدقيق لم تُرسل: %Ln</numerusform>
            <numerusform>أحداث سجل التدقيق لم تُرسل: %Ln</numerusform>
            <numerusform>أحداث سجل التدقيق لم تُرسل: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync, and deal with what waits, then prepare again. Nothing was erased.</source>
        <translation>زامن وعالج ما ينتظر، ثم أعد الاستعداد. لم يُمحَ شيء.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>FieldCase — unlock</source>
        <translation>FieldCase — فتح</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Forgot your passphrase?</source>
        <translation>&amp;هل نسيت عبارة المرور؟</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Unlock FieldCase</source>
        <translation>فتح FieldCase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>The cases on this laptop are encrypted. Enter your user name and passphrase to open them.</source>
        <translation>الحالات على هذا الحاسوب مشفّرة. أدخل اسم المستخدم وعبارة المرور لفتحها.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
</context>
<context>
    <name>WorkflowSection</name>
    <message>
        <source>What you can do now</source>
        <translation>ما يمكنك فعله الآن</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>سير العمل</translation>
    </message>
    <message>
        <source>This case is: %1</source>
        <translation>هذه الحالة: %1</translation>
    </message>
    <message>
        <source>There is nothing you can do to move this case on now; a supervisor may.</source>
        <translation>لا يمكنك الآن فعل شيء لتقديم هذه الحالة إلى المرحلة التالية؛ قد يستطيع المشرف ذلك.</translation>
    </message>
    <message>
        <source>A reason is needed for: %1. It is kept as a note on the case.</source>
        <translation>يلزم ذكر سبب لـ: %1. يُحفظ كملاحظة على الحالة.</translation>
    </message>
    <message>
        <source>A reason you give is kept as a note on the case.</source>
        <translation>يُحفظ السبب الذي تذكره كملاحظة على الحالة.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>تم: %1.</translation>
    </message>
</context>
<context>
    <name>codes/assistance</name>
    <message>
        <source>Food</source>
        <translation>غذاء</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>مياه</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>مأوى</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>رعاية طبية</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>دعم نفسي اجتماعي</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>مساعدة قانونية</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>مساعدة نقدية</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>ملابس</translation>
    </message>
    <message>
        <source>Hygiene items</source>
        <translation>مستلزمات النظافة الشخصية</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>البحث عن أفراد الأسرة</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>ترجمة شفهية</translation>
    </message>
</context>
<context>
    <name>codes/attachment_kind</name>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Document scan</source>
        <translation>مسح ضوئي لوثيقة</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>استمارة الموافقة</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>سجل طبي</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>ملف آخر</translation>
    </message>
</context>
<context>
    <name>codes/consent_form</name>
    <message>
        <source>Spoken</source>
        <translation>شفهية</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>كتابية</translation>
    </message>
</context>
<context>
    <name>codes/consent_giver</name>
    <message>
        <source>The person</source>
        <translation>الشخص نفسه</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>الوصي</translation>
    </message>
</context>
<context>
    <name>codes/consent_purpose</name>
    <message>
        <source>Registration</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Referral to services</source>
        <translation>الإحالة إلى الخدمات</translation>
    </message>
    <message>
        <source>Anonymous statistics</source>
        <translation>إحصاءات مجهولة الهوية</translation>
    </message>
    <message>
        <source>Follow-up contact</source>
        <translation>التواصل للمتابعة</translation>
    </message>
</context>
<context>
    <name>codes/document_holder</name>
    <message>
        <source>The person</source>
        <translation>الشخص نفسه</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>صاحب العمل</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>الوسيط / المجنِّد</translation>
    </message>
    <message>
        <source>Smuggler</source>
        <translation>المهرِّب</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>السلطات</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>مفقودة</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>codes/document_type</name>
    <message>
        <source>Passport</source>
        <translation>جواز سفر</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>بطاقة هوية وطنية</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>شهادة ميلاد</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>تصريح إقامة</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>وثيقة سفر</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>وثيقة أخرى</translation>
    </message>
</context>
<context>
    <name>codes/flag</name>
    <message>
        <source>Unaccompanied child</source>
        <translation>طفل غير مصحوب</translation>
    </message>
    <message>
        <source>Separated child</source>
        <translation>طفل منفصل عن ذويه</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>حامل</translation>
    </message>
    <message>
        <source>Serious medical condition</source>
        <translation>حالة طبية خطيرة</translation>
    </message>
    <message>
        <source>Survivor of violence</source>
        <translation>ناجٍ/ناجية من العنف</translation>
    </message>
    <message>
        <source>At risk of detention</source>
        <translation>معرَّض لخطر الاحتجاز</translation>
    </message>
    <message>
        <source>Needs supervisor review</source>
        <translation>يحتاج إلى مراجعة المشرف</translation>
    </message>
    <message>
        <source>Trafficking indicators</source>
        <translation>مؤشرات اتجار بالبشر</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>إعاقة</translation>
    </message>
    <message>
        <source>Older person</source>
        <translation>شخص مسن</translation>
    </message>
    <message>
        <source>Single caregiver</source>
        <translation>مقدِّم رعاية وحيد</translation>
    </message>
    <message>
        <source>Missing family member</source>
        <translation>فرد مفقود من الأسرة</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>عديم الجنسية</translation>
    </message>
    <message>
        <source>Threatened by exploiters</source>
        <translation>مهدَّد من المستغلين</translation>
    </message>
</context>
<context>
    <name>codes/incident</name>
    <message>
        <source>Violence</source>
        <translation>عنف</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>عنف جنسي</translation>
    </message>
    <message>
        <source>Extortion</source>
        <translation>ابتزاز</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>احتجاز</translation>
    </message>
    <message>
        <source>Documents taken</source>
        <translation>مصادرة الوثائق</translation>
    </message>
    <message>
        <source>Kidnapping</source>
        <translation>اختطاف</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <translation>عمل قسري</translation>
    </message>
    <message>
        <source>Abandonment</source>
        <translation>تخلٍّ</translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation>سرقة</translation>
    </message>
</context>
<context>
    <name>codes/language</name>
    <message>
        <source>Mesopotamian Arabic</source>
        <translation>العربية العراقية (بلاد الرافدين)</translation>
    </message>
    <message>
        <source>Hijazi Arabic</source>
        <translation>العربية الحجازية</translation>
    </message>
    <message>
        <source>Gulf Arabic</source>
        <translation>العربية الخليجية</translation>
    </message>
    <message>
        <source>Assyrian Neo-Aramaic</source>
        <translation>الآرامية الآشورية الحديثة</translation>
    </message>
    <message>
        <source>South Levantine Arabic</source>
        <translation>العربية الشامية الجنوبية</translation>
    </message>
    <message>
        <source>Levantine Arabic</source>
        <translation>العربية الشامية</translation>
    </message>
    <message>
        <source>Sudanese Arabic</source>
        <translation>العربية السودانية</translation>
    </message>
    <message>
        <source>Libyan Arabic</source>
        <translation>العربية الليبية</translation>
    </message>
    <message>
        <source>North Mesopotamian Arabic</source>
        <translation>العربية العراقية الشمالية</translation>
    </message>
    <message>
        <source>Kaqchikel</source>
        <translation>الكاكشيكيلية</translation>
    </message>
    <message>
        <source>Falam Chin</source>
        <translation>تشين فالام</translation>
    </message>
    <message>
        <source>Hakha Chin</source>
        <translation>تشين هاكا</translation>
    </message>
    <message>
        <source>Tedim Chin</source>
        <translation>تشين تيديم</translation>
    </message>
    <message>
        <source>Chittagonian</source>
        <translation>الشيتاغونية</translation>
    </message>
    <message>
        <source>Pular</source>
        <translation>البولار</translation>
    </message>
    <message>
        <source>Nigerian Fulfulde</source>
        <translation>الفولفولدي النيجيرية</translation>
    </message>
    <message>
        <source>Borana Oromo</source>
        <translation>الأورومو البورانية</translation>
    </message>
    <message>
        <source>Gurani</source>
        <translation>الغورانية</translation>
    </message>
    <message>
        <source>Eastern Oromo</source>
        <translation>الأورومو الشرقية</translation>
    </message>
    <message>
        <source>Hazaragi</source>
        <translation>الهزارگية</translation>
    </message>
    <message>
        <source>Q&apos;eqchi&apos;</source>
        <translation>الكيكتشي</translation>
    </message>
    <message>
        <source>Eastern Pwo Karen</source>
        <translation>الكارين بوو الشرقية</translation>
    </message>
    <message>
        <source>S&apos;gaw Karen</source>
        <translation>الكارين سغاو</translation>
    </message>
    <message>
        <source>Mam</source>
        <translation>المام</translation>
    </message>
    <message>
        <source>Southern Pashto</source>
        <translation>البشتو الجنوبية</translation>
    </message>
    <message>
        <source>Central Pashto</source>
        <translation>البشتو الوسطى</translation>
    </message>
    <message>
        <source>Rangpuri</source>
        <translation>الرانغبورية</translation>
    </message>
    <message>
        <source>Sylheti</source>
        <translation>السيلهيتية</translation>
    </message>
    <message>
        <source>Tamasheq</source>
        <translation>التماشق</translation>
    </message>
    <message>
        <source>Tahaggart Tamahaq</source>
        <translation>التماهق (الهقار)</translation>
    </message>
    <message>
        <source>Southern Uzbek</source>
        <translation>الأوزبكية الجنوبية</translation>
    </message>
</context>
<context>
    <name>codes/means</name>
    <message>
        <source>On foot</source>
        <translation>سيرًا على الأقدام</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>حافلة</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>شاحنة</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>سيارة</translation>
    </message>
    <message>
        <source>Boat</source>
        <translation>قارب</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>طائرة</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>قطار</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>codes/nationality</name>
    <message>
        <source>Stateless person</source>
        <translation>شخص عديم الجنسية</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>لاجئ</translation>
    </message>
    <message>
        <source>Nationality not known</source>
        <translation>الجنسية غير معروفة</translation>
    </message>
</context>
<context>
    <name>codes/record_kind</name>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>وثيقة الهوية</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>الرحلة</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>الفرز</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>المرفق</translation>
    </message>
</context>
<context>
    <name>codes/referral_status</name>
    <message>
        <source>Proposed</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسَلة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
</context>
<context>
    <name>codes/relationship</name>
    <message>
        <source>Parent</source>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>ابن أو ابنة</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>أخ أو أخت</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>زوج أو زوجة</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>قريب آخر</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>الوصي</translation>
    </message>
    <message>
        <source>Travel companion</source>
        <translation>رفيق السفر</translation>
    </message>
</context>
<context>
    <name>codes/risk</name>
    <message>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>حرج</translation>
    </message>
</context>
<context>
    <name>codes/role</name>
    <message>
        <source>Worker</source>
        <translation>عامل ميداني</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>المسؤول عن النظام</translation>
    </message>
</context>
<context>
    <name>codes/service_category</name>
    <message>
        <source>Shelter</source>
        <translation>مأوى</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>طبية</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>دعم نفسي اجتماعي</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>مساعدة قانونية</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>البحث عن أفراد الأسرة</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>حماية الطفل</translation>
    </message>
    <message>
        <source>Safe transport</source>
        <translation>نقل آمن</translation>
    </message>
    <message>
        <source>Anti-trafficking hotline</source>
        <translation>خط ساخن لمكافحة الاتجار بالبشر</translation>
    </message>
    <message>
        <source>Basic needs</source>
        <translation>الاحتياجات الأساسية</translation>
    </message>
    <message>
        <source>Cash assistance</source>
        <translation>مساعدة نقدية</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>ترجمة شفهية</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>خدمة أخرى</translation>
    </message>
</context>
<context>
    <name>codes/sex</name>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>ثنائي الجنس</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>codes/stage</name>
    <message>
        <source>Origin</source>
        <translation>المنشأ</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>العبور</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>المقصد</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>العودة</translation>
    </message>
</context>
<context>
    <name>codes/status</name>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>خطة الحالة</translation>
    </message>
    <message>
        <source>Receiving services</source>
        <translation>تتلقى الخدمات</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>طُلب الإغلاق</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>أُعيد فتحها</translation>
    </message>
</context>
<context>
    <name>codes/weekday</name>
    <message>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
</context>
<context>
    <name>codes/wg_answer</name>
    <message>
        <source>No difficulty</source>
        <translation>لا صعوبة</translation>
    </message>
    <message>
        <source>Some difficulty</source>
        <translation>بعض الصعوبة</translation>
    </message>
    <message>
        <source>A lot of difficulty</source>
        <translation>صعوبة كبيرة</translation>
    </message>
    <message>
        <source>Cannot do at all</source>
        <translation>لا يستطيع مطلقًا</translation>
    </message>
</context>
<context>
    <name>codes/wg_domain</name>
    <message>
        <source>Seeing</source>
        <translation>الرؤية</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>السمع</translation>
    </message>
    <message>
        <source>Walking or climbing steps</source>
        <translation>المشي أو صعود الدرج</translation>
    </message>
    <message>
        <source>Remembering or concentrating</source>
        <translation>التذكّر أو التركيز</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>العناية الذاتية</translation>
    </message>
    <message>
        <source>Communicating</source>
        <translation>التواصل</translation>
    </message>
</context>
<context>
    <name>codes/workflow_action</name>
    <message>
        <source>Start assessment</source>
        <translation>بدء التقييم</translation>
    </message>
    <message>
        <source>Agree case plan</source>
        <translation>اعتماد خطة الحالة</translation>
    </message>
    <message>
        <source>Return the case plan</source>
        <translation>إعادة خطة الحالة</translation>
    </message>
    <message>
        <source>Start services</source>
        <translation>بدء الخدمات</translation>
    </message>
    <message>
        <source>Request closure</source>
        <translation>طلب الإغلاق</translation>
    </message>
    <message>
        <source>Approve closure</source>
        <translation>الموافقة على الإغلاق</translation>
    </message>
    <message>
        <source>Return for more work</source>
        <translation>إعادة لاستكمال العمل</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Service no longer listed (%1)</source>
        <translation>خدمة لم تعد مدرجة (%1)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Discard this registration?</source>
        <translation>تجاهل هذا التسجيل؟</translation>
    </message>
    <message>
        <source>What you typed about this person will be lost.</source>
        <translation>سيُفقد ما كتبته عن هذا الشخص.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;متابعة التحرير</translation>
    </message>
    <message>
        <source>Add a file to the case</source>
        <translation>إضافة ملف إلى الحالة</translation>
    </message>
    <message>
        <source>Photos, scans and documents (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf);;All files (*)</source>
        <translation>الصور والمسوح الضوئية والمستندات (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>Required.</source>
        <translation>مطلوب.</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>يجب ألا يكون فارغًا.</translation>
    </message>
    <message>
        <source>This is not the right kind of value.</source>
        <translation>هذه ليست القيمة من النوع المطلوب.</translation>
    </message>
    <message>
        <source>This field is not part of a case.</source>
        <translation>هذا الحقل ليس جزءًا من الحالة.</translation>
    </message>
    <message>
        <source>This setting is not part of the policy.</source>
        <translation>هذا الإعداد ليس جزءًا من السياسة.</translation>
    </message>
    <message>
        <source>This value could not be read.</source>
        <translation>تعذّرت قراءة هذه القيمة.</translation>
    </message>
    <message>
        <source>These changes were made on another case; open that case to save them.</source>
        <translation>أُجريت هذه التغييرات على حالة أخرى؛ افتح تلك الحالة لحفظها.</translation>
    </message>
    <message>
        <source>This is not a document FieldCase can read.</source>
        <translation>هذا ليس مستندًا يستطيع FieldCase قراءته.</translation>
    </message>
    <message>
        <source>This document is nested too deeply to read.</source>
        <translation>هذا المستند متداخل بعمق يتعذّر معه قراءته.</translation>
    </message>
    <message>
        <source>This is too large to read.</source>
        <translation>هذا أكبر من أن يُقرأ.</translation>
    </message>
    <message>
        <source>This file is too large (%1): a case keeps files of at most %2. Scan or photograph it at a lower resolution.</source>
        <translation>هذا الملف كبير جدًا (%1): تحتفظ الحالة بملفات لا يتجاوز حجمها %2. امسحه ضوئيًا أو صوّره بدقة أقل.</translation>
    </message>
    <message>
        <source>This is a program or a script. A case keeps photos, scans and documents only.</source>
        <translation>هذا برنامج أو نص برمجي. لا تحتفظ الحالة إلا بالصور والمسوح الضوئية والمستندات.</translation>
    </message>
    <message>
        <source>This field is given twice.</source>
        <translation>هذا الحقل مذكور مرتين.</translation>
    </message>
    <message>
        <source>This text holds a broken character; type it again.</source>
        <translation>يحتوي هذا النص على حرف تالف؛ اكتبه مجددًا.</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation>اختر إحدى القيم المعروضة.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>طويل جدًا: %1 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Remove the hidden direction marks; type the name as it is written.</source>
        <translation>أزل علامات الاتجاه المخفية؛ اكتب الاسم كما يُكتب.</translation>
    </message>
    <message>
        <source>Type at least one visible letter.</source>
        <translation>اكتب حرفًا مرئيًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Remove the line breaks or invisible characters.</source>
        <translation>أزل فواصل الأسطر أو الأحرف غير المرئية.</translation>
    </message>
    <message>
        <source>This is not written the way it should be.</source>
        <translation>هذا غير مكتوب بالشكل الصحيح.</translation>
    </message>
    <message>
        <source>This record&apos;s id is not valid.</source>
        <translation>معرّف هذا السجل غير صالح.</translation>
    </message>
    <message>
        <source>Two records have the same id.</source>
        <translation>لسجلين المعرّف نفسه.</translation>
    </message>
    <message>
        <source>This cannot be changed once it is set.</source>
        <translation>لا يمكن تغيير هذا بعد تعيينه.</translation>
    </message>
    <message>
        <source>Entries are kept as written; add a correction instead.</source>
        <translation>تُحفظ الإدخالات كما كُتبت؛ أضف تصحيحًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>أدخل عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>أدخل عددًا من %1 إلى %2.</translation>
    </message>
    <message>
        <source>This number is outside the allowed range.</source>
        <translation>هذا العدد خارج النطاق المسموح.</translation>
    </message>
    <message>
        <source>Enter a real date.</source>
        <translation>أدخل تاريخًا صحيحًا.</translation>
    </message>
    <message>
        <source>Enter a real date and time.</source>
        <translation>أدخل تاريخًا ووقتًا صحيحين.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>هذا التاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>This date is before the one it follows.</source>
        <translation>هذا التاريخ يسبق التاريخ الذي يليه.</translation>
    </message>
    <message>
        <source>This birth date gives an impossible age.</source>
        <translation>تاريخ الميلاد هذا يعطي عمرًا مستحيلًا.</translation>
    </message>
    <message>
        <source>Choose a consent of this case.</source>
        <translation>اختر موافقة من موافقات هذه الحالة.</translation>
    </message>
    <message>
        <source>No case with this number that you may open is on this laptop.</source>
        <translation>لا توجد على هذا الحاسوب حالة بهذا الرقم يُسمح لك بفتحها.</translation>
    </message>
    <message>
        <source>The person has not consented to a referral to this service. Record their consent first.</source>
        <translation>لم يوافق الشخص على الإحالة إلى هذه الخدمة. سجّل موافقته أولًا.</translation>
    </message>
    <message>
        <source>The person withdrew their consent to this referral, so it cannot be sent.</source>
        <translation>سحب الشخص موافقته على هذه الإحالة، لذا لا يمكن إرسالها.</translation>
    </message>
    <message>
        <source>Choose a service from the service directory.</source>
        <translation>اختر خدمة من دليل الخدمات.</translation>
    </message>
    <message>
        <source>Moving a case to another site is a transfer, which a supervisor makes.</source>
        <translation>نقل حالة إلى موقع آخر تحويلٌ يقوم به المشرف.</translation>
    </message>
    <message>
        <source>Escalate a case, or clear an escalation, with its own action.</source>
        <translation>صعّد الحالة، أو أنهِ التصعيد، بالإجراء الخاص بذلك.</translation>
    </message>
    <message>
        <source>The case is already at this site.</source>
        <translation>الحالة موجودة في هذا الموقع بالفعل.</translation>
    </message>
    <message>
        <source>No transfer of this case is waiting.</source>
        <translation>لا يوجد نقل لهذه الحالة قيد الانتظار.</translation>
    </message>
    <message>
        <source>The case is not escalated.</source>
        <translation>الحالة غير مصعّدة.</translation>
    </message>
    <message>
        <source>This consent is not for a referral.</source>
        <translation>هذه الموافقة ليست لإحالة.</translation>
    </message>
    <message>
        <source>This consent was given for another service.</source>
        <translation>قُدّمت هذه الموافقة لخدمة أخرى.</translation>
    </message>
    <message>
        <source>A referral needs this.</source>
        <translation>الإحالة تتطلب هذا.</translation>
    </message>
    <message>
        <source>Only a consent to refer has this.</source>
        <translation>لا يكون هذا إلا في الموافقة على الإحالة.</translation>
    </message>
    <message>
        <source>Only the assigned worker or a supervisor may record this.</source>
        <translation>لا يسجّل هذا إلا العامل الميداني المُسندة إليه الحالة أو المشرف.</translation>
    </message>
    <message>
        <source>This changes only through the case&apos;s workflow actions.</source>
        <translation>لا يتغيّر هذا إلا عبر إجراءات سير عمل الحالة.</translation>
    </message>
    <message>
        <source>This case has no such record.</source>
        <translation>لا يوجد في هذه الحالة سجل كهذا.</translation>
    </message>
    <message>
        <source>This question is not in the questionnaire.</source>
        <translation>هذا السؤال ليس في الاستبيان.</translation>
    </message>
    <message>
        <source>Answer yes, no, or leave it unanswered.</source>
        <translation>أجب بنعم أو لا، أو اتركه بلا إجابة.</translation>
    </message>
    <message>
        <source>This questionnaire version is not on this laptop.</source>
        <translation>نسخة الاستبيان هذه ليست على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This questionnaire is not on this laptop.</source>
        <translation>هذا الاستبيان ليس على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The person&apos;s age or journey stage is needed to score this.</source>
        <translation>يلزم عمر الشخص أو مرحلة رحلته لحساب النتيجة.</translation>
    </message>
    <message>
        <source>This questionnaire file is damaged.</source>
        <translation>ملف الاستبيان هذا تالف.</translation>
    </message>
    <message>
        <source>Choose one of the two values.</source>
        <translation>اختر إحدى القيمتين.</translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation>لا يمكنك إزالة نفسك.</translation>
    </message>
    <message>
        <source>Only a supervisor may read the audit log of this laptop.</source>
        <translation>لا يطّلع على سجل التدقيق في هذا الحاسوب إلا المشرف.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https://</source>
        <translation>أدخل عنوان الخادم، بدءًا بـ https://</translation>
    </message>
    <message>
        <source>The address must start with https:// so nothing is sent in clear.</source>
        <translation>يجب أن يبدأ العنوان بـ https:// كي لا يُرسَل شيء دون تشفير.</translation>
    </message>
    <message>
        <source>This laptop is already enrolled.</source>
        <translation>هذا الحاسوب مسجَّل بالفعل.</translation>
    </message>
    <message>
        <source>This enrolment is no longer waiting. Start again with a new code.</source>
        <translation>لم يعد هذا التسجيل قيد الانتظار. ابدأ من جديد برمز جديد.</translation>
    </message>
    <message>
        <source>A code is ten letters and digits, like ABCDE-12345.</source>
        <translation>الرمز عشرة أحرف وأرقام، مثل ABCDE-12345.</translation>
    </message>
    <message>
        <source>The server does not know this code. Check it with your administrator.</source>
        <translation>لا يعرف الخادم هذا الرمز. تحقّق منه مع المسؤول عن النظام.</translation>
    </message>
    <message>
        <source>This code has expired (a code lasts 24 hours). Ask your administrator for a new one.</source>
        <translation>انتهت صلاحية هذا الرمز (صلاحية الرمز 24 ساعة). اطلب رمزًا جديدًا من المسؤول عن النظام.</translation>
    </message>
    <message>
        <source>This code has been used already. Ask your administrator for a new one.</source>
        <translation>استُخدم هذا الرمز من قبل. اطلب رمزًا جديدًا من المسؤول عن النظام.</translation>
    </message>
    <message>
        <source>This is not an organisation recovery key. Choose the key&apos;s file, or paste all of its text.</source>
        <translation>هذا ليس مفتاح استرداد خاصًا بالمنظمة. اختر ملف المفتاح، أو الصق نصه كاملًا.</translation>
    </message>
    <message>
        <source>This key does not open this laptop: it is another organisation&apos;s key, or the laptop was set up without one.</source>
        <translation>هذا المفتاح لا يفتح هذا الحاسوب: إنه مفتاح منظمة أخرى، أو أُعدّ الحاسوب دون مفتاح.</translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation>تعذّرت قراءة هذا الملف.</translation>
    </message>
    <message>
        <source>Give a date of birth or an estimated age.</source>
        <translation>أدخل تاريخ الميلاد أو العمر التقديري.</translation>
    </message>
    <message>
        <source>This is the private recovery key. Give the public key; keep the private one offline.</source>
        <translation>هذا هو مفتاح الاسترداد الخاص (السري). أدخل المفتاح العام؛ واحتفظ بالخاص بعيدًا عن الشبكة.</translation>
    </message>
    <message>
        <source>A recovery public key is 64 hexadecimal digits.</source>
        <translation>المفتاح العام للاسترداد 64 رقمًا ست عشريًا.</translation>
    </message>
    <message>
        <source>This laptop has no user of that name.</source>
        <translation>لا يوجد على هذا الحاسوب مستخدم بهذا الاسم.</translation>
    </message>
    <message>
        <source>This is not your current passphrase.</source>
        <translation>هذه ليست عبارة مرورك الحالية.</translation>
    </message>
    <message>
        <source>Choose a passphrase different from your current one.</source>
        <translation>اختر عبارة مرور مختلفة عن الحالية.</translation>
    </message>
    <message>
        <source>The warning must come before the limit.</source>
        <translation>يجب أن يسبق التنبيهُ الحدَّ.</translation>
    </message>
    <message>
        <source>Your organisation does not allow this.</source>
        <translation>لا تسمح منظمتك بهذا.</translation>
    </message>
    <message>
        <source>Your organisation requires this.</source>
        <translation>تشترط منظمتك هذا.</translation>
    </message>
    <message>
        <source>Choose a duress passphrase different from your passphrase.</source>
        <translation>اختر عبارة إكراه مختلفة عن عبارة مرورك.</translation>
    </message>
    <message>
        <source>Switch quick wipe on first.</source>
        <translation>فعّل المحو السريع أولًا.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Use at least %1 characters; several words are easiest.</source>
        <translation>استخدم %1 حرفًا على الأقل؛ الأسهل عدة كلمات.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; choose something else.</source>
        <translation>هذه من أكثر كلمات المرور شيوعًا؛ اختر شيئًا آخر.</translation>
    </message>
    <message>
        <source>Too repetitive: repeated characters or a repeated short pattern.</source>
        <translation>تكرار مفرط: أحرف مكررة أو نمط قصير مكرر.</translation>
    </message>
    <message>
        <source>A keyboard or alphabet sequence is guessed first; choose something else.</source>
        <translation>تسلسلات لوحة المفاتيح أو الأبجدية تُخمَّن أولًا؛ اختر شيئًا آخر.</translation>
    </message>
    <message>
        <source>Do not build it from your user name, the site or the product name.</source>
        <translation>لا تبنِها من اسم المستخدم أو الموقع أو اسم البرنامج.</translation>
    </message>
    <message>
        <source>The case already shows these values. Change the case and save it, or drop the refused change.</source>
        <translation>الحالة تعرض هذه القيم أصلًا. غيّر الحالة واحفظها، أو تخلَّ عن التغيير المرفوض.</translation>
    </message>
    <message>
        <source>You may not make this change on the server: it needs a supervisor of the case&apos;s team.</source>
        <translation>لا يمكنك إجراء هذا التغيير على الخادم: يتطلب مشرفًا من فريق الحالة.</translation>
    </message>
    <message>
        <source>The server does not let you change this case: it is not assigned to you, or it has moved to another team.</source>
        <translation>لا يسمح لك الخادم بتغيير هذه الحالة: إنها غير مُسندة إليك، أو انتقلت إلى فريق آخر.</translation>
    </message>
    <message>
        <source>The server does not know this user name.</source>
        <translation>لا يعرف الخادم اسم المستخدم هذا.</translation>
    </message>
    <message>
        <source>The server does not know this site.</source>
        <translation>لا يعرف الخادم هذا الموقع.</translation>
    </message>
    <message>
        <source>This site belongs to another team: a case moves only between the sites of its own team.</source>
        <translation>هذا الموقع تابع لفريق آخر: لا تنتقل الحالة إلا بين مواقع فريقها.</translation>
    </message>
    <message>
        <source>This person is not in the case&apos;s team.</source>
        <translation>هذا الشخص ليس في فريق الحالة.</translation>
    </message>
    <message>
        <source>Moving a case to another site is a transfer: a supervisor of the case&apos;s team makes it, to one of the team&apos;s sites.</source>
        <translation>نقل حالة إلى موقع آخر تحويلٌ: يقوم به مشرف من فريق الحالة، إلى أحد مواقع الفريق.</translation>
    </message>
    <message>
        <source>The case cannot move to this status from the one the server holds. Use the case&apos;s workflow actions.</source>
        <translation>لا يمكن نقل الحالة إلى هذا الوضع من الوضع المسجَّل على الخادم. استخدم إجراءات سير عمل الحالة.</translation>
    </message>
    <message>
        <source>This case number is in another laptop&apos;s series. Tell your administrator.</source>
        <translation>رقم الحالة هذا ضمن سلسلة حاسوب آخر. أبلغ المسؤول عن النظام.</translation>
    </message>
    <message>
        <source>The screening result does not follow from its answers. Screen the person again on this laptop.</source>
        <translation>نتيجة الفرز لا تتفق مع إجاباته. أعد فرز الشخص على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This change is too large to send.</source>
        <translation>هذا التغيير أكبر من أن يُرسَل.</translation>
    </message>
    <message>
        <source>The server could not read this change. Tell your administrator.</source>
        <translation>تعذّر على الخادم قراءة هذا التغيير. أبلغ المسؤول عن النظام.</translation>
    </message>
    <message>
        <source>The server already holds another change under the same id. Tell your administrator.</source>
        <translation>لدى الخادم تغيير آخر بالمعرّف نفسه. أبلغ المسؤول عن النظام.</translation>
    </message>
    <message>
        <source>The server holds this record as another kind of record. Tell your administrator.</source>
        <translation>يحتفظ الخادم بهذا السجل كنوع آخر من السجلات. أبلغ المسؤول عن النظام.</translation>
    </message>
    <message>
        <source>The server holds this record in another case. Tell your administrator.</source>
        <translation>يحتفظ الخادم بهذا السجل في حالة أخرى. أبلغ المسؤول عن النظام.</translation>
    </message>
    <message>
        <source>The server holds this record differently. Tell your administrator.</source>
        <translation>يحتفظ الخادم بهذا السجل بشكل مختلف. أبلغ المسؤول عن النظام.</translation>
    </message>
    <message>
        <source>This change could not be read on this laptop, so it was not sent. Tell your administrator.</source>
        <translation>تعذّرت قراءة هذا التغيير على هذا الحاسوب، لذا لم يُرسَل. أبلغ المسؤول عن النظام.</translation>
    </message>
    <message>
        <source>Too long for the server.</source>
        <translation>طويل جدًا بالنسبة إلى الخادم.</translation>
    </message>
    <message>
        <source>The server did not accept this change (%1).</source>
        <translation>لم يقبل الخادم هذا التغيير (%1).</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>استخدم %1 حرفًا على الأكثر.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
</TS>
