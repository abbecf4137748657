<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HearForm</name>
    <message numerus="yes">
        <source>Earlier cases (%n):</source>
        <translation>
            <numerusform>Earlier case (%n):</numerusform>
            <numerusform>Earlier cases (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to {path}.</source>
        <translation>
            <numerusform>%n letter written to {path}.</numerusform>
            <numerusform>%n letters written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>From the report: {title} · %n case(s)</source>
        <translation>
            <numerusform>From the report: {title} · %n case</numerusform>
            <numerusform>From the report: {title} · %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) fell due while Casebook was closed.</source>
        <translation>
            <numerusform>%n follow-up fell due while Casebook was closed.</numerusform>
            <numerusform>%n follow-ups fell due while Casebook was closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due now: %n follow-up(s).</source>
        <translation>
            <numerusform>Due now: %n follow-up.</numerusform>
            <numerusform>Due now: %n follow-ups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagerMenu</name>
    <message numerus="yes">
        <source>The customer&apos;s personal data was erased from %n case(s).</source>
        <translation>
            <numerusform>The customer&apos;s personal data was erased from %n case.</numerusform>
            <numerusform>The customer&apos;s personal data was erased from %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) were rewritten without it.</source>
        <translation>
            <numerusform>%n automatic backup was rewritten without it.</numerusform>
            <numerusform>%n automatic backups were rewritten without it.</numerusform>
        </translation>
    </message>
</context>
</TS>
