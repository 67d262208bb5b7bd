<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own words in Amharic, which Qt ships no qtbase_am.qm for: the standard
     buttons (QDialogButtonBox, QMessageBox) and the text boxes' context menus. Written by hand
     (scripts/i18n.py compiles it beside the app's catalogues; ui/i18n.py loads it when Qt's
     translations folder has none). Not reviewed by a native speaker. -->
<TS version="2.1" language="am" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>እሺ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>አስቀምጥ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ሁሉንም አስቀምጥ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ክፈት</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>አዎ(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ለሁሉም አዎ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>አይ(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ለሁሉም አይ(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>አቋርጥ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>እንደገና ሞክር</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ተው</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዝጋ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ተው</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>እገዛ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ተግብር</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ዳግም አስጀምር</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ነባሪዎችን መልስ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ቀልብስ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ድገም(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ቁረጥ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ቅዳ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ለጥፍ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>አጥፋ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ሁሉንም ምረጥ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ቀልብስ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ድገም(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ቁረጥ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ቅዳ(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>የአገናኝ አድራሻ ቅዳ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ለጥፍ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>አጥፋ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ሁሉንም ምረጥ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>ዝርዝር አሳይ...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ዝርዝር ደብቅ...</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>እሺ</translation>
    </message>
</context>
</TS>
