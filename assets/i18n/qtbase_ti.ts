<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own words in Tigrinya, which Qt ships no qtbase_ti.qm for: the standard
     buttons (QDialogButtonBox, QMessageBox) and the text boxes' context menus. Written by hand
     (scripts/i18n.py compiles it beside the app's catalogues; ui/i18n.py loads it when Qt's
     translations folder has none). Not reviewed by a native speaker. -->
<TS version="2.1" language="ti" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ሕራይ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ዓቅብ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ኩሉ ዓቅብ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ክፈት</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>እወ(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ንኹሉ እወ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ኣይፋል(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ንኹሉ ኣይፋል(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ኣቋርጽ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ደጊምካ ፈትን</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ሸለል በል</translation>
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
        <source>Discard</source>
        <translation>ግደፍ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ሓገዝ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ተግብር</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ዳግም ኣቐምጥ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ናብ መጀመርታ ምለስ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ምለስ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ደግም(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ቁረጽ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ቅዳሕ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ለጥፍ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ደምስስ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ኩሉ ምረጽ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ምለስ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ደግም(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ቁረጽ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ቅዳሕ(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>ኣድራሻ መላግቦ ቅዳሕ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ለጥፍ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ደምስስ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ኩሉ ምረጽ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>ዝርዝር ኣርኢ...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ዝርዝር ሕባእ...</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ሕራይ</translation>
    </message>
</context>
</TS>
