<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka">
<context>
    <name>App</name>
    <message>
        <source>Who is at the desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook stopped unexpectedly last time. The details are in {path}; please send them to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Major complaint — report to the manager now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by way of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major if any applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint about staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product, order or unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed next reply time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed next reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied by way of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by (manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer signed the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager acknowledged at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier cases of this customer: {refs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: this is not a major complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is signed. Why is it being amended?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the agreed reply time change? Did the customer agree?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Welcome to Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (manager)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Casebook — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printed resolution form comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major, not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now for {name}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} · operator: {name} · {count} cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Something went wrong and nothing was saved. Details: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
