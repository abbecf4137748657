<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AcceptedCombo</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
</context>
<context>
    <name>ActionLog</name>
    <message>
        <source>Actions and contacts</source>
        <translation>Acties en contacten</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Alleen intern</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Casebook found edits that were not saved last time. Restore them?</source>
        <translation>Casebook vond wijzigingen die de vorige keer niet zijn opgeslagen. Terugzetten?</translation>
    </message>
    <message>
        <source>Creating the demo casebook ({count} cases)…</source>
        <translation>Het demoregister wordt aangemaakt ({count} zaken)…</translation>
    </message>
    <message>
        <source>Casebook stopped unexpectedly last time. The details are in {path}; please send them to your support contact.</source>
        <translation>Casebook is de vorige keer onverwacht gestopt. De details staan in {path}; stuur ze naar uw ondersteuning.</translation>
    </message>
    <message>
        <source>Case {ref} no longer exists; its unsaved edits were kept in {path}.</source>
        <translation>Zaak {ref} bestaat niet meer; de niet-opgeslagen wijzigingen zijn bewaard in {path}.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager&apos;s approval</source>
        <translation>Toestemming van een leidinggevende</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation>Pincode van de leidinggevende</translation>
    </message>
    <message>
        <source>{name} approves the amount of {amount}: {name} types their PIN.</source>
        <translation>{name} keurt het bedrag van {amount} goed: {name} typt de eigen pincode.</translation>
    </message>
</context>
<context>
    <name>AskForm</name>
    <message>
        <source>When it happened</source>
        <translation>Wanneer het gebeurde</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Product, order or unit</source>
        <translation>Product, bestelling of woning</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Vragen en antwoorden</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Vraag toevoegen</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Vraag verwijderen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>&amp;Summary to confirm</source>
        <translation>&amp;Samenvatting ter bevestiging</translation>
    </message>
    <message>
        <source>So … — is that right?</source>
        <translation>Dus … — klopt dat?</translation>
    </message>
    <message>
        <source>The customer confir&amp;med the summary</source>
        <translation>De klant heeft de samenvatting &amp;bevestigd</translation>
    </message>
    <message>
        <source>Goods received by the customer</source>
        <translation>Zaak ontvangen door de klant</translation>
    </message>
    <message>
        <source>Goods back with us</source>
        <translation>Zaak retour bij ons</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Major complaint — report to the manager now</source>
        <translation>Ernstige klacht — meld dit nu aan de leidinggevende</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nieuwe zaak</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation>Zaak opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go to the report</source>
        <translation>Naar de melding</translation>
    </message>
    <message>
        <source>History of this case</source>
        <translation>Geschiedenis van deze zaak</translation>
    </message>
    <message>
        <source>The customer has signed this case, and the agreed reply time changes. Why? Both changes are logged.</source>
        <translation>De klant heeft deze zaak ondertekend en de afgesproken terugkoppeltijd verandert. Waarom? Beide wijzigingen worden vastgelegd.</translation>
    </message>
    <message>
        <source>The customer has signed this case. Why is it being changed? The change is logged as an amendment.</source>
        <translation>De klant heeft deze zaak ondertekend. Waarom wijzigt u hem? De wijziging wordt als correctie vastgelegd.</translation>
    </message>
    <message>
        <source>The customer was promised a reply at {when}. Why does the agreed time change?</source>
        <translation>De klant is een antwoord beloofd op {when}. Waarom verandert het afgesproken tijdstip?</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Niet nodig</translation>
    </message>
    <message>
        <source>Only a major complaint is reported.</source>
        <translation>Alleen een ernstige klacht wordt gemeld.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Still needed: {missing}</source>
        <translation>Nog nodig: {missing}</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Onvolledig</translation>
    </message>
    <message>
        <source>Report now</source>
        <translation>Nu melden</translation>
    </message>
    <message>
        <source>Signed already.</source>
        <translation>Al ondertekend.</translation>
    </message>
    <message>
        <source>The customer signs once the reply is recorded. Still needed: {missing}</source>
        <translation>De klant tekent zodra het antwoord is vastgelegd. Nog nodig: {missing}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Resolved, awaiting signature</source>
        <translation>Opgelost, wacht op handtekening</translation>
    </message>
    <message>
        <source>Closed, signed</source>
        <translation>Gesloten, ondertekend</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <source>Print the receipt the customer takes from the counter</source>
        <translation>De ontvangstbevestiging afdrukken die de klant meeneemt</translation>
    </message>
    <message>
        <source>Changed at another desk since you opened it. Your edits are kept; saving shows what changed.</source>
        <translation>Sinds u deze zaak opende, is die aan een andere balie gewijzigd. Uw wijzigingen blijven staan; bij opslaan ziet u wat er veranderd is.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Next reply</source>
        <translation>Volgende terugkoppeling</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Wacht op handtekening</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Ernstig</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>e.g. {example}</source>
        <translation>bijv. {example}</translation>
    </message>
    <message>
        <source>Type the date and time as {example}, or pick the day (F4)</source>
        <translation>Typ datum en tijd als {example}, of kies de dag in de kalender (F4)</translation>
    </message>
    <message>
        <source>Pick the day in a calendar (F4)</source>
        <translation>Dag kiezen in de kalender (F4)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Fill in the current date and time</source>
        <translation>Huidige datum en tijd invullen</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a date and time. Type it like this: {example}</source>
        <translation>{field}: “{text}” is geen datum en tijd. Typ het zo: {example}</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Change the person at the desk: what they do is recorded as theirs</source>
        <translation>Wisselen wie er aan de balie zit: wat iemand doet, wordt op diens naam vastgelegd</translation>
    </message>
    <message>
        <source>At the desk: {name}</source>
        <translation>Aan de balie: {name}</translation>
    </message>
    <message>
        <source>Change person at the desk</source>
        <translation>Wisselen aan de balie</translation>
    </message>
    <message>
        <source>Casebook is locked</source>
        <translation>Casebook is vergrendeld</translation>
    </message>
    <message>
        <source>Nobody used Casebook for {minutes} minutes, so it locked. Who is at the desk?</source>
        <translation>Casebook is {minutes} minuten niet gebruikt en is daarom vergrendeld. Wie zit er aan de balie?</translation>
    </message>
</context>
<context>
    <name>DeskOptions</name>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>Keep Casebook running in the tray when the window is closed, to remind me of follow-ups</source>
        <translation>Casebook in het systeemvak laten draaien als het venster sluit, zodat het mij aan opvolgacties herinnert</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Dit bureaublad heeft geen systeemvak.</translation>
    </message>
    <message>
        <source>Open Casebook when I log in</source>
        <translation>Casebook openen als ik me aanmeld</translation>
    </message>
    <message>
        <source>Casebook could not change how it starts at login: {reason}</source>
        <translation>Casebook kon niet aanpassen hoe het bij het aanmelden start: {reason}</translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message>
        <source>Open case</source>
        <translation>Zaak openen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Snooze 15 min</source>
        <translation>Over 15 min herinneren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>Due now</source>
        <translation>Nu aan de beurt</translation>
    </message>
    <message>
        <source>missed — escalated to the managers</source>
        <translation>gemist — gemeld aan de leidinggevenden</translation>
    </message>
</context>
<context>
    <name>ErasureOptions</name>
    <message>
        <source>These customer records look like the same person. Tick those to erase too:</source>
        <translation>Deze klantgegevens lijken van dezelfde persoon. Vink aan welke ook gewist moeten worden:</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>zelfde telefoonnummer</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>zelfde e-mailadres</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>vergelijkbare naam</translation>
    </message>
    <message>
        <source>{details} — cases {refs} ({why})</source>
        <translation>{details} — zaken {refs} ({why})</translation>
    </message>
    <message>
        <source>Erase it from the automatic backups too</source>
        <translation>Ook uit de automatische back-ups wissen</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Casebook</source>
        <translation>Welkom bij Casebook</translation>
    </message>
    <message>
        <source>This casebook is new. Tell Casebook who you are; you can add your colleagues later under Staff.</source>
        <translation>Dit klachtenregister is nieuw. Vertel Casebook wie u bent; uw collega&apos;s voegt u later toe onder Medewerkers.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Uw rol</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Open the demo casebook instead</source>
        <translation>Liever het demoregister openen</translation>
    </message>
    <message>
        <source>Country of the business</source>
        <translation>Land van het bedrijf</translation>
    </message>
    <message>
        <source>Deadlines set by law follow the country; you can change it later in Settings.</source>
        <translation>Wettelijke termijnen volgen het land; u kunt het later wijzigen bij Instellingen.</translation>
    </message>
    <message>
        <source>EU rules apply to us</source>
        <translation>EU-regels gelden voor ons</translation>
    </message>
</context>
<context>
    <name>FollowForm</name>
    <message>
        <source>Hand over…</source>
        <translation>Overdragen…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Nog niet afgesproken</translation>
    </message>
    <message>
        <source>Agreed next reply</source>
        <translation>Volgende terugkoppeling</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Over 1 uur</translation>
    </message>
    <message>
        <source>This afternoon (15:00)</source>
        <translation>Vanmiddag (15:00)</translation>
    </message>
    <message>
        <source>&amp;Tomorrow 09:00</source>
        <translation>&amp;Morgen 09:00</translation>
    </message>
    <message>
        <source>Other time…</source>
        <translation>Ander tijdstip…</translation>
    </message>
    <message>
        <source>Agreed &amp;next reply</source>
        <translation>Afgesproken &amp;terugkoppeling</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>Wachten op de klant</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>What was done or said…</source>
        <translation>Wat er is gedaan of gezegd…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Alleen intern</translation>
    </message>
    <message>
        <source>An internal note: not shown to the customer</source>
        <translation>Interne notitie: de klant ziet dit niet</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Act&amp;ions and contacts</source>
        <translation>Acties en &amp;contacten</translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation>Sla de zaak eerst op</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over the case</source>
        <translation>Zaak overdragen</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nieuwe behandelaar</translation>
    </message>
    <message>
        <source>What the new owner needs to know</source>
        <translation>Wat de nieuwe behandelaar moet weten</translation>
    </message>
    <message>
        <source>Note for the new owner</source>
        <translation>Notitie voor de nieuwe behandelaar</translation>
    </message>
    <message>
        <source>&amp;New owner</source>
        <translation>&amp;Nieuwe behandelaar</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otitie</translation>
    </message>
</context>
<context>
    <name>HearForm</name>
    <message>
        <source>Type a name to find a known customer</source>
        <translation>Typ een naam om een bekende klant te vinden</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Klant</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Where a reply letter goes</source>
        <translation>Waar de antwoordbrief heen gaat</translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation>Woning / ruimte</translation>
    </message>
    <message>
        <source>Account / order no.</source>
        <translation>Klant-/ordernr.</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Taal van de klant</translation>
    </message>
    <message>
        <source>Ask which language the customer reads: their form and letters are printed in it.</source>
        <translation>Vraag in welke taal de klant leest: formulier en brieven worden in die taal afgedrukt.</translation>
    </message>
    <message>
        <source>In the customer&apos;s &amp;words</source>
        <translation>In de &amp;woorden van de klant</translation>
    </message>
    <message>
        <source>What happened, as the customer tells it</source>
        <translation>Wat er gebeurde, zoals de klant het vertelt</translation>
    </message>
    <message>
        <source>What the customer w&amp;ants</source>
        <translation>Wat de klant w&amp;il</translation>
    </message>
    <message>
        <source>Ask: what would you like us to do?</source>
        <translation>Vraag: wat wilt u dat we doen?</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <source>Received via</source>
        <translation>Binnengekomen via</translation>
    </message>
    <message>
        <source>by</source>
        <translation>aangenomen door</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Aard</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grondoorzaak</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>Preventieve maatregel</translation>
    </message>
    <message>
        <source>Major complaint — report it at once</source>
        <translation>Ernstige klacht — meld het direct</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <translation>Ernstige klacht</translation>
    </message>
    <message>
        <source>Major triggers</source>
        <translation>Kenmerken ernstige klacht</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>About a member of staff</source>
        <translation>Over een medewerker</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— niemand —</translation>
    </message>
    <message>
        <source>{name} is named in this complaint and cannot own the case: choose who received it, or hand it over.</source>
        <translation>{name} wordt in deze klacht genoemd en kan de zaak niet behandelen: kies wie de klacht aannam, of draag de zaak over.</translation>
    </message>
    <message numerus="yes">
        <source>Earlier cases (%n):</source>
        <translation>
            <numerusform>Eerdere zaak (%n):</numerusform>
            <numerusform>Eerdere zaken (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Gevraagde oplossing</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkocht</translation>
    </message>
    <message>
        <source>Price or amount in dispute</source>
        <translation>Prijs of bedrag in geschil</translation>
    </message>
    <message>
        <source>The price paid, or the amount the customer claims</source>
        <translation>De betaalde prijs, of het bedrag dat de klant vraagt</translation>
    </message>
</context>
<context>
    <name>IncidentBar</name>
    <message>
        <source>Incident {ref} is major: {reason}</source>
        <translation>Storing {ref} is ernstig: {reason}</translation>
    </message>
    <message>
        <source>Report it to the manager by {time}.</source>
        <translation>Meld de storing vóór {time} aan een leidinggevende.</translation>
    </message>
    <message>
        <source>Report now</source>
        <translation>Nu melden</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Melden…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Not this one</source>
        <translation>Hoort er niet bij</translation>
    </message>
    <message>
        <source>Do not link</source>
        <translation>Niet koppelen</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Storing openen</translation>
    </message>
    <message>
        <source>Part of incident {ref}: {title}</source>
        <translation>Hoort bij storing {ref}: {title}</translation>
    </message>
    <message>
        <source>Will be linked to incident {ref} when saved.</source>
        <translation>Wordt bij het opslaan gekoppeld aan storing {ref}.</translation>
    </message>
    <message>
        <source>Probably “{title}” in {place} ({ref}) — link?</source>
        <translation>Waarschijnlijk de storing “{title}” in {place} ({ref}) — koppelen?</translation>
    </message>
    <message>
        <source>Probably “{title}” ({ref}) — link?</source>
        <translation>Waarschijnlijk de storing “{title}” ({ref}) — koppelen?</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Incidents</source>
        <translation>Storingen</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Nieuwe storing…</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Alleen open</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat is er gebeurd</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Melden…</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Storing</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation>Woning / ruimte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Eerstvolgende termijn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Reply to all…</source>
        <translation>Allen beantwoorden…</translation>
    </message>
    <message>
        <source>Letters as PDF…</source>
        <translation>Brieven als pdf…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Zaak openen</translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation>Ontkoppelen…</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Zaaknummer</translation>
    </message>
    <message>
        <source>Link case</source>
        <translation>Zaak koppelen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Building or place</source>
        <translation>Gebouw of plek</translation>
    </message>
    <message>
        <source>Units affected</source>
        <translation>Getroffen woningen</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Begonnen op</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grondoorzaak</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>Preventieve maatregel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>What was done about the incident</source>
        <translation>Wat er aan de storing is gedaan</translation>
    </message>
    <message>
        <source>Add to the log</source>
        <translation>Aan logboek toevoegen</translation>
    </message>
    <message>
        <source>No incident yet</source>
        <translation>Nog geen storingen</translation>
    </message>
    <message>
        <source>Replied to all: {refs}</source>
        <translation>Allen beantwoord: {refs}</translation>
    </message>
    <message>
        <source>Reported to {to} on {at} ({means}).</source>
        <translation>Gemeld aan {to} op {at} ({means}).</translation>
    </message>
    <message>
        <source>Major incident — report to the manager now.</source>
        <translation>Ernstige storing — meld dit nu aan een leidinggevende.</translation>
    </message>
    <message>
        <source>Major incident — report to the manager by {time}.</source>
        <translation>Ernstige storing — meld dit vóór {time} aan een leidinggevende.</translation>
    </message>
    <message>
        <source>{time} · {deadline}</source>
        <translation>{time} · {deadline}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the figures of a summary</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n zaak</numerusform>
            <numerusform>%n zaken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n huishouden</numerusform>
            <numerusform>%n huishoudens</numerusform>
        </translation>
    </message>
    <message>
        <source>replied: {n}</source>
        <translation>beantwoord: {n}</translation>
    </message>
    <message>
        <source>signed: {n}</source>
        <translation>ondertekend: {n}</translation>
    </message>
    <message>
        <source>overdue: {n}</source>
        <translation>te laat: {n}</translation>
    </message>
    <message>
        <source>Why is case {ref} no longer part of incident {incident}?</source>
        <translation>Waarom hoort zaak {ref} niet meer bij storing {incident}?</translation>
    </message>
    <message>
        <source>No case of this incident has a reply yet.</source>
        <translation>Geen enkele zaak van deze storing is al beantwoord.</translation>
    </message>
    <message>
        <source>Save the letters as PDF</source>
        <translation>Brieven opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to {path}.</source>
        <translation>
            <numerusform>%n brief opgeslagen in {path}.</numerusform>
            <numerusform>%n brieven opgeslagen in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LawPanel</name>
    <message>
        <source>Deadlines set by law</source>
        <translation>Wettelijke termijnen</translation>
    </message>
</context>
<context>
    <name>LawSettings</name>
    <message>
        <source>— no country: no deadlines set by law —</source>
        <translation>— geen land: geen wettelijke termijnen —</translation>
    </message>
    <message>
        <source>Country of the business</source>
        <translation>Land van het bedrijf</translation>
    </message>
    <message>
        <source>EU rules apply to us (e.g. the GDPR for EU customers)</source>
        <translation>EU-regels gelden voor ons (bijvoorbeeld de AVG voor klanten uit de EU)</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>Papier voor ontvangstbevestigingen</translation>
    </message>
    <message>
        <source>80 mm receipt printer roll</source>
        <translation>Bonrol van 80 mm</translation>
    </message>
    <message>
        <source>Rules of the chosen country (and of the EU where they apply). A rule can be switched off by a manager, never shortened; a sector code binds only a business that follows it.</source>
        <translation>Regels van het gekozen land (en van de EU waar die gelden). Een leidinggevende kan een regel uitzetten, maar nooit inkorten; een branchecode bindt alleen een bedrijf dat hem volgt.</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Geldt</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Law or code</source>
        <translation>Wet of code</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>Sector code</source>
        <translation>Branchecode</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Wet</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <source>Authority limits</source>
        <translation>Bevoegdheidsgrenzen</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Baliemedewerker</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Amounts in {currency}; empty: no limit. A manager has no limit.</source>
        <translation>Bedragen in {currency}; leeg betekent geen grens. Voor een leidinggevende geldt geen grens.</translation>
    </message>
    <message>
        <source>Change the authority limits?</source>
        <translation>Bevoegdheidsgrenzen wijzigen?</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file cannot be read as an image.</source>
        <translation>Dit bestand is niet als afbeelding te lezen.</translation>
    </message>
    <message>
        <source>No logo: the documents show the name only.</source>
        <translation>Geen logo: op de documenten staat alleen de naam.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Casebook — {name}</source>
        <translation>Casebook — {name}</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nieuwe zaak</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>Nieuwe zaak (Ctrl+N)</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>Formulier afdrukken</translation>
    </message>
    <message>
        <source>Open the resolution form of this case to print it (Ctrl+P)</source>
        <translation>Het klachtafhandelingsformulier van deze zaak openen om af te drukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Customer signs…</source>
        <translation>Klant tekent…</translation>
    </message>
    <message>
        <source>Sign on screen, or attach a scan of the signed paper form</source>
        <translation>Op het scherm tekenen, of een scan van het getekende papieren formulier toevoegen</translation>
    </message>
    <message>
        <source>Incidents…</source>
        <translation>Storingen…</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>Rapportages…</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>Medewerkers…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>Quick filters</source>
        <translation>Snelfilters</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vandaag te doen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Major, not reported</source>
        <translation>Ernstig, niet gemeld</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Wacht op handtekening</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Show: {filter}</source>
        <translation>Toon: {filter}</translation>
    </message>
    <message>
        <source>Search cases (Ctrl+F)</source>
        <translation>Zaken zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Zaken zoeken</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>Alle zaken tonen</translation>
    </message>
    <message numerus="yes">
        <source>From the report: {title} · %n case(s)</source>
        <translation>
            <numerusform>Uit de rapportage: {title} · %n zaak</numerusform>
            <numerusform>Uit de rapportage: {title} · %n zaken</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer signs the resolution form on screen, or you attach a scan of the signed paper form</source>
        <translation>De klant tekent het klachtafhandelingsformulier op het scherm, of u voegt een scan van het getekende papieren formulier toe</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>This case has changes that are not saved yet.</source>
        <translation>Deze zaak heeft wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Case {ref} saved.</source>
        <translation>Zaak {ref} opgeslagen.</translation>
    </message>
    <message>
        <source>Case {ref} signed.</source>
        <translation>Zaak {ref} ondertekend.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) fell due while Casebook was closed.</source>
        <translation>
            <numerusform>Terwijl Casebook dicht was, is %n herinnering aan de beurt gekomen.</numerusform>
            <numerusform>Terwijl Casebook dicht was, zijn %n herinneringen aan de beurt gekomen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due now: %n follow-up(s).</source>
        <translation>
            <numerusform>Nu te doen: %n opvolgactie.</numerusform>
            <numerusform>Nu te doen: %n opvolgacties.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due now for {name}: {count}</source>
        <translation>Nu te doen voor {name}: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n zaak</numerusform>
            <numerusform>%n zaken</numerusform>
        </translation>
    </message>
    <message>
        <source>Casebook file: {path}</source>
        <translation>Casebook-bestand: {path}</translation>
    </message>
    <message>
        <source>{name} is at the desk now.</source>
        <translation>{name} zit nu aan de balie.</translation>
    </message>
    <message>
        <source>The automatic backup was not made: {reason}</source>
        <translation>De automatische back-up is niet gemaakt: {reason}</translation>
    </message>
    <message>
        <source>The automatic backup was not made. Details: {path}</source>
        <translation>De automatische back-up is niet gemaakt. Details: {path}</translation>
    </message>
    <message>
        <source>The connection to the casebook is lost. Casebook keeps trying; your unsaved edits stay on screen.</source>
        <translation>De verbinding met het klachtenregister is verbroken. Casebook blijft het proberen; uw niet-opgeslagen wijzigingen blijven op het scherm.</translation>
    </message>
</context>
<context>
    <name>ManagerMenu</name>
    <message>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <source>Reopen signed case…</source>
        <translation>Ondertekende zaak heropenen…</translation>
    </message>
    <message>
        <source>Erase the customer&apos;s personal data…</source>
        <translation>Persoonsgegevens van de klant wissen…</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Zaak verwijderen…</translation>
    </message>
    <message>
        <source>Merge with a duplicate…</source>
        <translation>Samenvoegen met een dubbele zaak…</translation>
    </message>
    <message>
        <source>Authority limits…</source>
        <translation>Bevoegdheidsgrenzen…</translation>
    </message>
    <message>
        <source>Reopen the signed case {ref}? The customer will have to sign again; the first signing stays in the history.</source>
        <translation>Ondertekende zaak {ref} heropenen? De klant moet dan opnieuw tekenen; de eerste ondertekening blijft in de geschiedenis staan.</translation>
    </message>
    <message>
        <source>Erase the personal data of this case&apos;s customer (name, phone, email, address, unit, account) from all their cases and the history? The cases stay in the statistics. This cannot be undone.</source>
        <translation>De persoonsgegevens van de klant van deze zaak (naam, telefoon, e-mail, adres, woning, klantnummer) wissen uit al zijn of haar zaken en uit de geschiedenis? De zaken blijven in de statistieken meetellen. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Persoonsgegevens gewist</translation>
    </message>
    <message numerus="yes">
        <source>The customer&apos;s personal data was erased from %n case(s).</source>
        <translation>
            <numerusform>De persoonsgegevens van de klant zijn uit %n zaak gewist.</numerusform>
            <numerusform>De persoonsgegevens van de klant zijn uit %n zaken gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the case {ref} with everything on it? Its reference is not used again. This cannot be undone.</source>
        <translation>Zaak {ref} met alles erop en eraan verwijderen? Het zaaknummer wordt niet opnieuw gebruikt. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) were rewritten without it.</source>
        <translation>
            <numerusform>%n automatische back-up is herschreven zonder deze gegevens.</numerusform>
            <numerusform>%n automatische back-ups zijn herschreven zonder deze gegevens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate cases</source>
        <translation>Dubbele zaken samenvoegen</translation>
    </message>
    <message>
        <source>Two cases of the same customer about the same matter become one: both accounts, actions and histories are kept, and the other reference leads to the case that stays.</source>
        <translation>Twee zaken van dezelfde klant over dezelfde kwestie worden één zaak: beide verhalen, alle acties en beide geschiedenissen blijven bewaard, en het andere nummer verwijst naar de zaak die blijft.</translation>
    </message>
    <message>
        <source>needed when a case is signed</source>
        <translation>verplicht als een zaak ondertekend is</translation>
    </message>
    <message>
        <source>Merge with</source>
        <translation>Samenvoegen met</translation>
    </message>
    <message>
        <source>Reference that stays</source>
        <translation>Nummer dat blijft</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>This customer has no other case.</source>
        <translation>Deze klant heeft geen andere zaak.</translation>
    </message>
    <message>
        <source>Merge case {gone} into {keep}? {gone} will lead to {keep}.</source>
        <translation>Zaak {gone} samenvoegen met {keep}? Nummer {gone} verwijst daarna naar {keep}.</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>Nieuwe storing</translation>
    </message>
    <message>
        <source>e.g. Lift stopped between floors</source>
        <translation>bijv. lift staat stil tussen twee verdiepingen</translation>
    </message>
    <message>
        <source>e.g. Building 3</source>
        <translation>bijv. gebouw 3</translation>
    </message>
    <message>
        <source>e.g. 1-40, 52</source>
        <translation>bijv. 1-40, 52</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat is er gebeurd</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Building or place</source>
        <translation>Gebouw of plek</translation>
    </message>
    <message>
        <source>Units affected</source>
        <translation>Getroffen woningen</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Begonnen op</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Storing aanmaken</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Wie zit er aan de balie?</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>Medewerker</translation>
    </message>
</context>
<context>
    <name>PartList</name>
    <message>
        <source>Parts of the case</source>
        <translation>Onderdelen van de zaak</translation>
    </message>
</context>
<context>
    <name>PinButton</name>
    <message>
        <source>Change PIN…</source>
        <translation>Pincode wijzigen…</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>Pincode instellen…</translation>
    </message>
    <message>
        <source>PIN of {name}</source>
        <translation>Pincode van {name}</translation>
    </message>
</context>
<context>
    <name>PinOperatorDialog</name>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview — {ref}</source>
        <translation>Voorbeeld — {ref}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Resolution form</source>
        <translation>Klachtafhandelingsformulier</translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation>Antwoordbrief</translation>
    </message>
    <message>
        <source>Case summary (internal)</source>
        <translation>Samenvatting van de zaak (intern)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Tweede taal</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>Geen tweede taal</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Vorige pagina</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Volgende pagina ▶</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>This document could not be made. Nothing was changed.</source>
        <translation>Dit document kon niet worden gemaakt. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulier</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>samenvatting</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Opgeslagen als {path}</translation>
    </message>
    <message>
        <source>The printer could not be started. Nothing was printed; check the printer and try again.</source>
        <translation>De printer kon niet worden gestart. Er is niets afgedrukt; controleer de printer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Bezig met afdrukken…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Printing failed. The document is still open: check the printer and try again.</source>
        <translation>Afdrukken is mislukt. Het document staat nog open: controleer de printer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Receipt for the customer</source>
        <translation>Ontvangstbevestiging voor de klant</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>ontvangstbevestiging</translation>
    </message>
</context>
<context>
    <name>QATable</name>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Why does this change?</source>
        <translation>Waarom verandert dit?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>The customer agreed to the new time</source>
        <translation>De klant is akkoord met het nieuwe tijdstip</translation>
    </message>
    <message>
        <source>(agreed with the customer)</source>
        <translation>(afgesproken met de klant)</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Tevredenheid</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — zeer ontevreden</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — zeer tevreden</translation>
    </message>
    <message>
        <source>Customer signs…</source>
        <translation>Klant tekent…</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Wijzigingen na ondertekening</translation>
    </message>
    <message>
        <source>Signed on {when}</source>
        <translation>Ondertekend op {when}</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Nog niet ondertekend</translation>
    </message>
    <message>
        <source>{when} · {who} · {field}: “{before}” → “{after}” — {reason}</source>
        <translation>{when} · {who} · {field}: ‘{before}’ → ‘{after}’ — {reason}</translation>
    </message>
</context>
<context>
    <name>ReplyAllDialog</name>
    <message>
        <source>Reply to all — {ref}</source>
        <translation>Allen beantwoorden — {ref}</translation>
    </message>
    <message>
        <source>Each chosen case records this reply as its own, with its own deadlines; the letters print in each customer&apos;s language.</source>
        <translation>Elke gekozen zaak legt dit antwoord vast als eigen antwoord, met eigen termijnen; de brieven worden in de taal van elke klant afgedrukt.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>What we say</source>
        <translation>Wat we zeggen</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <source>Resolution details</source>
        <translation>Details van de oplossing</translation>
    </message>
    <message>
        <source>Replied via</source>
        <translation>Beantwoord via</translation>
    </message>
    <message>
        <source>Agreed next reply</source>
        <translation>Volgende terugkoppeling</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <source>signed {date}</source>
        <translation>ondertekend op {date}</translation>
    </message>
    <message>
        <source>replied {date}</source>
        <translation>beantwoord op {date}</translation>
    </message>
    <message>
        <source>Then save the letters as one PDF</source>
        <translation>Daarna de brieven als één pdf opslaan</translation>
    </message>
    <message>
        <source>Reply to the chosen cases</source>
        <translation>De gekozen zaken beantwoorden</translation>
    </message>
</context>
<context>
    <name>ReplyForm</name>
    <message>
        <source>&amp;Replied at</source>
        <translation>Beantwoor&amp;d op</translation>
    </message>
    <message>
        <source>Replied via</source>
        <translation>Beantwoord via</translation>
    </message>
    <message>
        <source>What we said</source>
        <translation>Wat we hebben gezegd</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Resolution details</source>
        <translation>Details van de oplossing</translation>
    </message>
    <message>
        <source>Customer accepts</source>
        <translation>Klant gaat akkoord</translation>
    </message>
    <message>
        <source>Approved by (manager)</source>
        <translation>Goedgekeurd door (leidinggevende)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report incident {ref}</source>
        <translation>Storing {ref} melden</translation>
    </message>
    <message>
        <source>Every major case of the incident that is not reported yet records this report too.</source>
        <translation>Elke ernstige zaak van deze storing die nog niet gemeld is, krijgt deze melding ook.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Gemeld aan</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Record the report</source>
        <translation>Melding vastleggen</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Reported to</source>
        <translation>Gemeld aan</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Aan de balie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Berichtenapp</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Manager acknowledged at</source>
        <translation>Leidinggevende bevestigde op</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Andere data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Opslaan als csv…</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per categorie</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Per soort</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Per ernst</translation>
    </message>
    <message>
        <source>By nature</source>
        <translation>Per aard</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Per kanaal</translation>
    </message>
    <message>
        <source>By staff member</source>
        <translation>Per medewerker</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Tevredenheid (1–5)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grondoorzaak</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>Preventieve maatregel</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Cases in the period</source>
        <translation>Zaken in de periode</translation>
    </message>
    <message>
        <source>Cases in all</source>
        <translation>Zaken in totaal</translation>
    </message>
    <message>
        <source>Systemic cases</source>
        <translation>Structurele problemen</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>Terugkerende klanten</translation>
    </message>
    <message>
        <source>half within {median} h, 9 in 10 within {p90} h</source>
        <translation>de helft binnen {median} u, 9 op de 10 binnen {p90} u</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Overdue counts every case not yet closed that has a follow-up past its time — resolved cases waiting for the signature too — so it can be more than Open.</source>
        <translation>Te laat telt elke nog niet gesloten zaak met een herinnering die over tijd is — ook opgeloste zaken die op de handtekening wachten — en kan dus hoger zijn dan Open.</translation>
    </message>
    <message>
        <source>previous period: {n}</source>
        <translation>vorige periode: {n}</translation>
    </message>
    <message>
        <source>First contact (business hours)</source>
        <translation>Eerste contact (binnen openingstijden)</translation>
    </message>
    <message>
        <source>Resolution (business hours)</source>
        <translation>Oplossing (binnen openingstijden)</translation>
    </message>
    <message>
        <source>Agreed reply times kept</source>
        <translation>Afgesproken terugkoppeltijden gehaald</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>Gemiddelde tevredenheid</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>{n} ({late} overdue)</source>
        <translation>{n} ({late} te laat)</translation>
    </message>
    <message>
        <source>{what}, received {start} – {end}</source>
        <translation>{what}, ontvangen {start} – {end}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Rapportage opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Csv-tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Deadlines set by law: {met} met, {missed} missed, {running} still running (previous period: {before_met} met, {before_missed} missed)</source>
        <translation>Wettelijke termijnen: {met} gehaald, {missed} gemist, {running} lopend (vorige periode: {before_met} gehaald, {before_missed} gemist)</translation>
    </message>
</context>
<context>
    <name>SatisfactionPicker</name>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — zeer ontevreden</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — zeer tevreden</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Something went wrong and nothing was saved. Details: {path}</source>
        <translation>Er ging iets mis en er is niets opgeslagen. Details: {path}</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>PIN of {name}</source>
        <translation>Pincode van {name}</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Huidige pincode</translation>
    </message>
    <message>
        <source>New PIN (4 to 12 digits)</source>
        <translation>Nieuwe pincode (4 tot 12 cijfers)</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nieuwe pincode nogmaals</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Pincode verwijderen</translation>
    </message>
    <message>
        <source>The two new PINs are not the same.</source>
        <translation>De twee nieuwe pincodes komen niet overeen.</translation>
    </message>
    <message>
        <source>A manager approves the new PIN of {name}.</source>
        <translation>Een leidinggevende keurt de nieuwe pincode van {name} goed.</translation>
    </message>
    <message>
        <source>New PIN (6 to 12 digits)</source>
        <translation>Nieuwe pincode (6 tot 12 cijfers)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Logo (image file)</source>
        <translation>Logo (afbeeldingsbestand)</translation>
    </message>
    <message>
        <source>Reference prefix</source>
        <translation>Voorvoegsel zaaknummer</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Automatische back-ups bewaren</translation>
    </message>
    <message>
        <source>Casebook backs up on closing and once a day; the oldest backups beyond this number are removed.</source>
        <translation>Casebook maakt een back-up bij het afsluiten en eenmaal per dag; de oudste back-ups boven dit aantal worden verwijderd.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Lock an unused desk after</source>
        <translation>Vergrendelen als niemand werkt na</translation>
    </message>
    <message>
        <source>When PINs are on, Casebook locks after this many minutes without a key press or click.</source>
        <translation>Als pincodes aan staan, vergrendelt Casebook na zoveel minuten zonder toetsaanslag of klik.</translation>
    </message>
    <message>
        <source>Households for a collective complaint</source>
        <translation>Huishoudens voor een collectieve klacht</translation>
    </message>
    <message>
        <source>When this many households complain about one incident, the incident and all its cases become major and must be reported.</source>
        <translation>Als zoveel huishoudens over één storing klagen, worden de storing en al haar zaken ernstig en moeten ze worden gemeld.</translation>
    </message>
    <message>
        <source>h</source>
        <translation>u</translation>
    </message>
    <message>
        <source>Offer incidents that started within</source>
        <translation>Storingen voorstellen van de afgelopen</translation>
    </message>
    <message>
        <source>A new case of the same category and place is offered an open incident that started up to this many hours before.</source>
        <translation>Bij een nieuwe zaak met dezelfde categorie en plek wordt een open storing voorgesteld die hoogstens zoveel uur eerder begon.</translation>
    </message>
    <message>
        <source>Default form language</source>
        <translation>Standaardtaal van het formulier</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Taal van het programma</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <source>List to edit</source>
        <translation>Lijst om te bewerken</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Resolution types</source>
        <translation>Soorten oplossingen</translation>
    </message>
    <message>
        <source>Major triggers</source>
        <translation>Kenmerken ernstige klacht</translation>
    </message>
    <message>
        <source>Moods</source>
        <translation>Stemmingen</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Soorten</translation>
    </message>
    <message>
        <source>Severities</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Natures</source>
        <translation>Aard</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Talen:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Waarde toevoegen</translation>
    </message>
    <message>
        <source>The rules rely on this list: its entries can be renamed, not added.</source>
        <translation>De regels steunen op deze lijst: items krijgen hooguit een andere naam, er komen er geen bij.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Wetgeving</translation>
    </message>
    <message>
        <source>This takes deadlines set by law out of force for new cases, and cancels their open deadlines. A manager approves it.</source>
        <translation>Hiermee gelden wettelijke termijnen niet meer voor nieuwe zaken en vervallen hun open termijnen. Een leidinggevende moet dit goedkeuren.</translation>
    </message>
    <message>
        <source>Office casebook on a server (this PC)</source>
        <translation>Klachtenregister van het kantoor op een server (deze pc)</translation>
    </message>
    <message>
        <source>The casebook this PC opens at start, shared with the other desks. No password here: it goes in this PC&apos;s .pgpass file. Empty: this PC&apos;s own casebook.</source>
        <translation>Het klachtenregister dat deze pc bij het starten opent, gedeeld met de andere balies. Geen wachtwoord hier: dat staat in het .pgpass-bestand van deze pc. Leeg: het eigen klachtenregister van deze pc.</translation>
    </message>
    <message>
        <source>Office casebook (this PC)</source>
        <translation>Kantoorregister (deze pc)</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Customer signature</source>
        <translation>Handtekening klant</translation>
    </message>
    <message>
        <source>Staff member ({name})</source>
        <translation>Medewerker ({name})</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Sign the resolution form — {ref}</source>
        <translation>Klachtafhandelingsformulier ondertekenen — {ref}</translation>
    </message>
    <message>
        <source>Please read the form on the left. By signing you confirm what it says was heard, done and replied.</source>
        <translation>Lees het formulier links. Met uw handtekening bevestigt u wat erin staat: wat we hoorden, deden en antwoordden.</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Stap terug</translation>
    </message>
    <message>
        <source>How satisfied are you with how we handled it? (1 = very dissatisfied, 5 = very satisfied)</source>
        <translation>Hoe tevreden bent u over onze afhandeling? (1 = zeer ontevreden, 5 = zeer tevreden)</translation>
    </message>
    <message>
        <source>The keys 1 to 5 choose the score</source>
        <translation>Met de toetsen 1 tot 5 kiest u de score</translation>
    </message>
    <message>
        <source>Attach a scan of the signed paper form…</source>
        <translation>Scan van het getekende formulier toevoegen…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Getekend formulier</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Kan {path} niet lezen: {reason}</translation>
    </message>
    <message>
        <source>The customer has not signed yet: sign on the pad or attach a scan of the signed paper form.</source>
        <translation>De klant heeft nog niet getekend: teken op het scherm of voeg een scan van het getekende papieren formulier toe.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Name of the new member of staff</source>
        <translation>Naam van de nieuwe medewerker</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Changing a role, retiring or bringing back a member of staff, or adding one above the desk, needs a manager&apos;s approval.</source>
        <translation>Een rol wijzigen, een medewerker uit dienst melden of terugzetten, of een medewerker boven de balie toevoegen, vraagt toestemming van een leidinggevende.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open Casebook</source>
        <translation>Casebook openen</translation>
    </message>
    <message>
        <source>Quit Casebook</source>
        <translation>Casebook afsluiten</translation>
    </message>
    <message>
        <source>Casebook keeps running here and will remind you of follow-ups. Quit it from this icon&apos;s menu.</source>
        <translation>Casebook blijft hier actief en herinnert u aan opvolgacties. Sluit het af via het menu van dit pictogram.</translation>
    </message>
</context>
<context>
    <name>TriggerList</name>
    <message>
        <source>Major triggers</source>
        <translation>Kenmerken ernstige klacht</translation>
    </message>
</context>
</TS>
