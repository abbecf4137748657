<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka">
<context>
    <name>AcceptedCombo</name>
    <message>
        <source>Yes</source>
        <translation>დიახ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>არა</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ჯერ არა</translation>
    </message>
</context>
<context>
    <name>ActionLog</name>
    <message>
        <source>Actions and contacts</source>
        <translation>ქმედებები და კონტაქტები</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>მხოლოდ პერსონალისთვის</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>მომხმარებელი</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Casebook found edits that were not saved last time. Restore them?</source>
        <translation>Casebook-მა იპოვა ცვლილებები, რომლებიც წინა ჯერზე არ შენახულა. აღვადგინო?</translation>
    </message>
    <message>
        <source>Creating the demo casebook ({count} cases)…</source>
        <translation>იქმნება სადემონსტრაციო ჟურნალი ({count} საქმე)…</translation>
    </message>
    <message>
        <source>Casebook stopped unexpectedly last time. The details are in {path}; please send them to your support contact.</source>
        <translation>Casebook წინა ჯერზე მოულოდნელად დაიხურა. დეტალები იხილეთ აქ: {path}; გაუგზავნეთ ისინი მხარდაჭერის სამსახურს.</translation>
    </message>
    <message>
        <source>Case {ref} no longer exists; its unsaved edits were kept in {path}.</source>
        <translation>საქმე {ref} აღარ არსებობს; მისი შეუნახავი ცვლილებები შენახულია აქ: {path}.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager&apos;s approval</source>
        <translation>მენეჯერის თანხმობა</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>მიზეზი</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>მენეჯერი</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation>მენეჯერის PIN-კოდი</translation>
    </message>
    <message>
        <source>{name} approves the amount of {amount}: {name} types their PIN.</source>
        <translation>{name} ამტკიცებს თანხას {amount}: {name} შეიყვანს საკუთარ PIN-კოდს.</translation>
    </message>
</context>
<context>
    <name>AskForm</name>
    <message>
        <source>When it happened</source>
        <translation>როდის მოხდა</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>სად</translation>
    </message>
    <message>
        <source>Product, order or unit</source>
        <translation>პროდუქტი, შეკვეთა ან ბინა</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>კითხვები და პასუხები</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>კითხვის დამატება</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>კითხვის წაშლა</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>კითხვები</translation>
    </message>
    <message>
        <source>&amp;Summary to confirm</source>
        <translation>&amp;დასადასტურებელი შეჯამება</translation>
    </message>
    <message>
        <source>So … — is that right?</source>
        <translation>ესე იგი, … — სწორია?</translation>
    </message>
    <message>
        <source>The customer confir&amp;med the summary</source>
        <translation>მომხმარებელმა დაად&amp;ასტურა შეჯამება</translation>
    </message>
    <message>
        <source>Goods received by the customer</source>
        <translation>მომხმარებელმა საქონელი მიიღო</translation>
    </message>
    <message>
        <source>Goods back with us</source>
        <translation>საქონელი დაგვიბრუნდა</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Major complaint — report to the manager now</source>
        <translation>სერიოზული საჩივარი — დაუყოვნებლივ აცნობეთ მენეჯერს</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>შენახვა</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>ახალი საქმე</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>შეუნახავი ცვლილებები</translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation>საქმის შენახვა (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go to the report</source>
        <translation>მოხსენებაზე გადასვლა</translation>
    </message>
    <message>
        <source>History of this case</source>
        <translation>საქმის ისტორია</translation>
    </message>
    <message>
        <source>The customer has signed this case, and the agreed reply time changes. Why? Both changes are logged.</source>
        <translation>მომხმარებელმა ამ საქმეს ხელი უკვე მოაწერა და შეთანხმებული პასუხის დრო იცვლება. რატომ? ორივე ცვლილება ჩაიწერება.</translation>
    </message>
    <message>
        <source>The customer has signed this case. Why is it being changed? The change is logged as an amendment.</source>
        <translation>მომხმარებელმა ამ საქმეს ხელი უკვე მოაწერა. რატომ იცვლება? ცვლილება ჩაიწერება როგორც შესწორება.</translation>
    </message>
    <message>
        <source>The customer was promised a reply at {when}. Why does the agreed time change?</source>
        <translation>მომხმარებელს პასუხი დაჰპირდნენ {when}. რატომ იცვლება შეთანხმებული დრო?</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>არ არის საჭირო</translation>
    </message>
    <message>
        <source>Only a major complaint is reported.</source>
        <translation>მხოლოდ სერიოზული საჩივარი ეცნობება.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>შესრულებულია</translation>
    </message>
    <message>
        <source>Still needed: {missing}</source>
        <translation>კიდევ საჭიროა: {missing}</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>დაუსრულებელია</translation>
    </message>
    <message>
        <source>Report now</source>
        <translation>ახლავე შეატყობინეთ</translation>
    </message>
    <message>
        <source>Signed already.</source>
        <translation>უკვე ხელმოწერილია.</translation>
    </message>
    <message>
        <source>The customer signs once the reply is recorded. Still needed: {missing}</source>
        <translation>მომხმარებელი ხელს მოაწერს, როცა პასუხი ჩაიწერება. ჯერ საჭიროა: {missing}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ღია</translation>
    </message>
    <message>
        <source>Resolved, awaiting signature</source>
        <translation>გადაწყვეტილია, ელოდება ხელმოწერას</translation>
    </message>
    <message>
        <source>Closed, signed</source>
        <translation>დახურულია, ხელმოწერილია</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>დადასტურება</translation>
    </message>
    <message>
        <source>Print the receipt the customer takes from the counter</source>
        <translation>მიღების დადასტურების დაბეჭდვა, რომელსაც მომხმარებელი თან წაიღებს</translation>
    </message>
    <message>
        <source>Changed at another desk since you opened it. Your edits are kept; saving shows what changed.</source>
        <translation>გახსნის შემდეგ საქმე სხვა სამუშაო ადგილზე შეიცვალა. თქვენი ცვლილებები რჩება; შენახვისას ნახავთ, რა შეიცვალა.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>ნომერი</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>მიღებულია</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>მომხმარებელი</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>სიმძიმე</translation>
    </message>
    <message>
        <source>State</source>
        <translation>მდგომარეობა</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>პასუხისმგებელი</translation>
    </message>
    <message>
        <source>Next reply</source>
        <translation>შემდეგი პასუხი</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ღია</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>ელოდება ხელმოწერას</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>დახურული</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>სერიოზული</translation>
    </message>
    <message>
        <source>General</source>
        <translation>ჩვეულებრივი</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ვადაგადაცილებული</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>e.g. {example}</source>
        <translation>მაგ. {example}</translation>
    </message>
    <message>
        <source>Type the date and time as {example}, or pick the day (F4)</source>
        <translation>აკრიფეთ თარიღი და დრო ასე: {example}, ან აირჩიეთ დღე კალენდარში (F4)</translation>
    </message>
    <message>
        <source>Pick the day in a calendar (F4)</source>
        <translation>დღის არჩევა კალენდარში (F4)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ახლა</translation>
    </message>
    <message>
        <source>Fill in the current date and time</source>
        <translation>მიმდინარე თარიღისა და დროის ჩასმა</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a date and time. Type it like this: {example}</source>
        <translation>{field}: „{text}“ თარიღი და დრო არ არის. აკრიფეთ ასე: {example}</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Change the person at the desk: what they do is recorded as theirs</source>
        <translation>მორიგის შეცვლა: ყველა მოქმედება იმის სახელზე ჩაიწერება, ვინც მორიგეობს</translation>
    </message>
    <message>
        <source>At the desk: {name}</source>
        <translation>მორიგე: {name}</translation>
    </message>
    <message>
        <source>Change person at the desk</source>
        <translation>მორიგის შეცვლა</translation>
    </message>
    <message>
        <source>Casebook is locked</source>
        <translation>Casebook დაბლოკილია</translation>
    </message>
    <message>
        <source>Nobody used Casebook for {minutes} minutes, so it locked. Who is at the desk?</source>
        <translation>Casebook-ით {minutes} წუთი არავინ ისარგებლა, ამიტომ დაიბლოკა. ვინ მორიგეობს ახლა?</translation>
    </message>
</context>
<context>
    <name>DeskOptions</name>
    <message>
        <source>This computer</source>
        <translation>ეს კომპიუტერი</translation>
    </message>
    <message>
        <source>Keep Casebook running in the tray when the window is closed, to remind me of follow-ups</source>
        <translation>ფანჯრის დახურვის შემდეგ Casebook დარჩეს შეტყობინებების არეში და შემახსენოს შემდგომი ქმედებები</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>ამ სამუშაო მაგიდას შეტყობინებების არე არ აქვს.</translation>
    </message>
    <message>
        <source>Open Casebook when I log in</source>
        <translation>Casebook გაიხსნას სისტემაში შესვლისას</translation>
    </message>
    <message>
        <source>Casebook could not change how it starts at login: {reason}</source>
        <translation>Casebook-მა ვერ შეცვალა სისტემაში შესვლისას გაშვების პარამეტრი: {reason}</translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message>
        <source>Open case</source>
        <translation>საქმის გახსნა</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>შესრულებულია</translation>
    </message>
    <message>
        <source>Snooze 15 min</source>
        <translation>შემახსენე 15 წუთში</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>დამალვა</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>Due now</source>
        <translation>ახლა შესასრულებელი</translation>
    </message>
    <message>
        <source>missed — escalated to the managers</source>
        <translation>ვადა გაცდენილია — ეცნობა მენეჯერებს</translation>
    </message>
</context>
<context>
    <name>ErasureOptions</name>
    <message>
        <source>These customer records look like the same person. Tick those to erase too:</source>
        <translation>ეს ჩანაწერები, როგორც ჩანს, იმავე მომხმარებელს ეკუთვნის. მონიშნეთ ისინი, რომლებიდანაც პერსონალური მონაცემებიც უნდა წაიშალოს:</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>იგივე ტელეფონი</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>იგივე ელფოსტა</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>მსგავსი სახელი</translation>
    </message>
    <message>
        <source>{details} — cases {refs} ({why})</source>
        <translation>{details} — საქმეები {refs} ({why})</translation>
    </message>
    <message>
        <source>Erase it from the automatic backups too</source>
        <translation>ასევე წაიშალოს ავტომატური სარეზერვო ასლებიდან</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Casebook</source>
        <translation>კეთილი იყოს თქვენი მობრძანება Casebook-ში</translation>
    </message>
    <message>
        <source>This casebook is new. Tell Casebook who you are; you can add your colleagues later under Staff.</source>
        <translation>ეს საქმეების ჟურნალი ახალია. მიუთითეთ, ვინ ხართ; კოლეგებს მოგვიანებით დაამატებთ განყოფილებაში „თანამშრომლები“.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>ორგანიზაციის სახელი</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>თქვენი სახელი</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>თქვენი როლი</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>დაწყება</translation>
    </message>
    <message>
        <source>Open the demo casebook instead</source>
        <translation>ამის ნაცვლად სადემონსტრაციო ჟურნალის გახსნა</translation>
    </message>
    <message>
        <source>Country of the business</source>
        <translation>ბიზნესის ქვეყანა</translation>
    </message>
    <message>
        <source>Deadlines set by law follow the country; you can change it later in Settings.</source>
        <translation>კანონით დადგენილი ვადები ქვეყანაზეა დამოკიდებული; მისი შეცვლა მოგვიანებით პარამეტრებში შეგიძლიათ.</translation>
    </message>
    <message>
        <source>EU rules apply to us</source>
        <translation>ჩვენზე ევროკავშირის წესები ვრცელდება</translation>
    </message>
</context>
<context>
    <name>FollowForm</name>
    <message>
        <source>Hand over…</source>
        <translation>გადაცემა…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>პასუხისმგებელი</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>ჯერ არ არის შეთანხმებული</translation>
    </message>
    <message>
        <source>Agreed next reply</source>
        <translation>შემდეგი პასუხი</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>1 საათში</translation>
    </message>
    <message>
        <source>This afternoon (15:00)</source>
        <translation>დღეს 15:00-ზე</translation>
    </message>
    <message>
        <source>&amp;Tomorrow 09:00</source>
        <translation>&amp;ხვალ 09:00</translation>
    </message>
    <message>
        <source>Other time…</source>
        <translation>სხვა დრო…</translation>
    </message>
    <message>
        <source>Agreed &amp;next reply</source>
        <translation>შემდეგი &amp;პასუხი</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>ველოდებით მომხმარებელს</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>ჯერ არაფერია ჩაწერილი.</translation>
    </message>
    <message>
        <source>What was done or said…</source>
        <translation>რა გაკეთდა ან ითქვა…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>ახალი ჩანაწერი</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>მხოლოდ პერსონალისთვის</translation>
    </message>
    <message>
        <source>An internal note: not shown to the customer</source>
        <translation>შიდა შენიშვნა: მომხმარებელი ვერ დაინახავს</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>ჩანაწერის დამატება</translation>
    </message>
    <message>
        <source>Act&amp;ions and contacts</source>
        <translation>&amp;ქმედებები და კონტაქტები</translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation>ჯერ შეინახეთ საქმე</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over the case</source>
        <translation>საქმის გადაცემა</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>ახალი პასუხისმგებელი</translation>
    </message>
    <message>
        <source>What the new owner needs to know</source>
        <translation>რა უნდა იცოდეს ახალმა პასუხისმგებელმა</translation>
    </message>
    <message>
        <source>Note for the new owner</source>
        <translation>შენიშვნა ახალი პასუხისმგებლისთვის</translation>
    </message>
    <message>
        <source>&amp;New owner</source>
        <translation>&amp;ახალი პასუხისმგებელი</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;ჩანაწერი</translation>
    </message>
</context>
<context>
    <name>HearForm</name>
    <message>
        <source>Type a name to find a known customer</source>
        <translation>აკრიფეთ სახელი არსებული მომხმარებლის მოსაძებნად</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>მომხმარებელი</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;მომხმარებელი</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;ტელეფონი</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ელფოსტა</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>მისამართი</translation>
    </message>
    <message>
        <source>Where a reply letter goes</source>
        <translation>სად გაიგზავნოს საპასუხო წერილი</translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation>ბინა / ოთახი</translation>
    </message>
    <message>
        <source>Account / order no.</source>
        <translation>აბონენტის ნომერი / შეკვეთის №</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>მომხმარებლის ენა</translation>
    </message>
    <message>
        <source>Ask which language the customer reads: their form and letters are printed in it.</source>
        <translation>ჰკითხეთ მომხმარებელს, რომელ ენაზე კითხულობს: ფორმა და წერილები ამ ენაზე დაიბეჭდება.</translation>
    </message>
    <message>
        <source>In the customer&apos;s &amp;words</source>
        <translation>მომხმარებლის &amp;სიტყვებით</translation>
    </message>
    <message>
        <source>What happened, as the customer tells it</source>
        <translation>რა მოხდა, მომხმარებლის თქმით</translation>
    </message>
    <message>
        <source>What the customer w&amp;ants</source>
        <translation>რა ს&amp;ურს მომხმარებელს</translation>
    </message>
    <message>
        <source>Ask: what would you like us to do?</source>
        <translation>ჰკითხეთ: რას ისურვებდით, რომ გავაკეთოთ?</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>განწყობა</translation>
    </message>
    <message>
        <source>Received via</source>
        <translation>შემოვიდა</translation>
    </message>
    <message>
        <source>by</source>
        <translation>მიიღო</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>მიღების დრო</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>კლასიფიკაცია</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>სახე</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>ხასიათი</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>ძირეული მიზეზი</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>პრევენციული ზომა</translation>
    </message>
    <message>
        <source>Major complaint — report it at once</source>
        <translation>სერიოზული საჩივარი — დაუყოვნებლივ შეატყობინეთ</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <translation>სერიოზული საჩივარი</translation>
    </message>
    <message>
        <source>Major triggers</source>
        <translation>სერიოზული საჩივრის ნიშნები</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>სიმძიმე</translation>
    </message>
    <message>
        <source>About a member of staff</source>
        <translation>თანამშრომლის შესახებ</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— არავინ —</translation>
    </message>
    <message>
        <source>{name} is named in this complaint and cannot own the case: choose who received it, or hand it over.</source>
        <translation>{name} ამ საჩივარშია დასახელებული და ვერ იქნება პასუხისმგებელი: აირჩიეთ, ვინ მიიღო, ან გადაეცით საქმე.</translation>
    </message>
    <message numerus="yes">
        <source>Earlier cases (%n):</source>
        <translation>
            <numerusform>წინა საქმეები (%n):</numerusform>
            <numerusform>წინა საქმეები (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>მოთხოვნა</translation>
    </message>
    <message>
        <source>About</source>
        <translation>საგანი</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>გაყიდვის საშუალება</translation>
    </message>
    <message>
        <source>Price or amount in dispute</source>
        <translation>ფასი ან სადავო თანხა</translation>
    </message>
    <message>
        <source>The price paid, or the amount the customer claims</source>
        <translation>გადახდილი ფასი ან თანხა, რომელსაც მომხმარებელი ითხოვს</translation>
    </message>
</context>
<context>
    <name>IncidentBar</name>
    <message>
        <source>Incident {ref} is major: {reason}</source>
        <translation>ინციდენტი {ref} სერიოზულია: {reason}</translation>
    </message>
    <message>
        <source>Report it to the manager by {time}.</source>
        <translation>მოახსენეთ მენეჯერს {time}-მდე.</translation>
    </message>
    <message>
        <source>Report now</source>
        <translation>ახლავე შეატყობინეთ</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>მოხსენება…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>მიბმა</translation>
    </message>
    <message>
        <source>Not this one</source>
        <translation>არ ეხება</translation>
    </message>
    <message>
        <source>Do not link</source>
        <translation>მიბმის გაუქმება</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>ინციდენტის გახსნა</translation>
    </message>
    <message>
        <source>Part of incident {ref}: {title}</source>
        <translation>ეკუთვნის ინციდენტს {ref}: {title}</translation>
    </message>
    <message>
        <source>Will be linked to incident {ref} when saved.</source>
        <translation>შენახვისას მიება ინციდენტს {ref}.</translation>
    </message>
    <message>
        <source>Probably “{title}” in {place} ({ref}) — link?</source>
        <translation>სავარაუდოდ, ინციდენტი „{title}“, {place} ({ref}) — მივაბათ?</translation>
    </message>
    <message>
        <source>Probably “{title}” ({ref}) — link?</source>
        <translation>სავარაუდოდ, ინციდენტი „{title}“ ({ref}) — მივაბათ?</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Incidents</source>
        <translation>ინციდენტები</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>ახალი ინციდენტი…</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>მხოლოდ ღია</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>ნომერი</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>რა მოხდა</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>საქმეები</translation>
    </message>
    <message>
        <source>State</source>
        <translation>მდგომარეობა</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>მოხსენება…</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>ინციდენტი</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>მოქმედებების ჟურნალი</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>მომხმარებელი</translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation>ბინა / ოთახი</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>პასუხი გაეცა</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>ხელმოწერილია</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>უახლოესი ვადა</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ვადაგადაცილებული</translation>
    </message>
    <message>
        <source>Reply to all…</source>
        <translation>ყველასთვის პასუხი…</translation>
    </message>
    <message>
        <source>Letters as PDF…</source>
        <translation>წერილები PDF-ად…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>საქმის გახსნა</translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation>მიბმის მოხსნა…</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>საქმის ნომერი</translation>
    </message>
    <message>
        <source>Link case</source>
        <translation>საქმის მიბმა</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ღია</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>გადაწყვეტილი</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>დახურული</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <source>Building or place</source>
        <translation>შენობა ან ადგილი</translation>
    </message>
    <message>
        <source>Units affected</source>
        <translation>დაზარალებული ბინები</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>დაწყების დრო</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>პასუხისმგებელი</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>ძირეული მიზეზი</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>პრევენციული ზომა</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>შენახვა</translation>
    </message>
    <message>
        <source>What was done about the incident</source>
        <translation>რა გაკეთდა ინციდენტთან დაკავშირებით</translation>
    </message>
    <message>
        <source>Add to the log</source>
        <translation>ჟურნალში დამატება</translation>
    </message>
    <message>
        <source>No incident yet</source>
        <translation>ინციდენტები ჯერ არ არის</translation>
    </message>
    <message>
        <source>Replied to all: {refs}</source>
        <translation>პასუხი ყველას: {refs}</translation>
    </message>
    <message>
        <source>Reported to {to} on {at} ({means}).</source>
        <translation>მოხსენებულია: {to}, {at} ({means}).</translation>
    </message>
    <message>
        <source>Major incident — report to the manager now.</source>
        <translation>სერიოზული ინციდენტი — დაუყოვნებლივ მოახსენეთ მენეჯერს.</translation>
    </message>
    <message>
        <source>Major incident — report to the manager by {time}.</source>
        <translation>სერიოზული ინციდენტი — მოახსენეთ მენეჯერს {time}-მდე.</translation>
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
            <numerusform>%n საქმე</numerusform>
            <numerusform>%n საქმე</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n ოჯახი</numerusform>
            <numerusform>%n ოჯახი</numerusform>
        </translation>
    </message>
    <message>
        <source>replied: {n}</source>
        <translation>პასუხი გაეცა: {n}</translation>
    </message>
    <message>
        <source>signed: {n}</source>
        <translation>ხელმოწერილია: {n}</translation>
    </message>
    <message>
        <source>overdue: {n}</source>
        <translation>ვადაგადაცილებულია: {n}</translation>
    </message>
    <message>
        <source>Why is case {ref} no longer part of incident {incident}?</source>
        <translation>რატომ აღარ ეკუთვნის საქმე {ref} ინციდენტს {incident}?</translation>
    </message>
    <message>
        <source>No case of this incident has a reply yet.</source>
        <translation>ამ ინციდენტის არცერთ საქმეს პასუხი ჯერ არ აქვს.</translation>
    </message>
    <message>
        <source>Save the letters as PDF</source>
        <translation>წერილების PDF-ად შენახვა</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF დოკუმენტები (*.pdf)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>წერილები</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to {path}.</source>
        <translation>
            <numerusform>%n წერილი შენახულია: {path}.</numerusform>
            <numerusform>%n წერილი შენახულია: {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LawPanel</name>
    <message>
        <source>Deadlines set by law</source>
        <translation>კანონით დადგენილი ვადები</translation>
    </message>
</context>
<context>
    <name>LawSettings</name>
    <message>
        <source>— no country: no deadlines set by law —</source>
        <translation>— ქვეყნის გარეშე: კანონით დადგენილი ვადები არ არის —</translation>
    </message>
    <message>
        <source>Country of the business</source>
        <translation>ბიზნესის ქვეყანა</translation>
    </message>
    <message>
        <source>EU rules apply to us (e.g. the GDPR for EU customers)</source>
        <translation>ჩვენზე ევროკავშირის წესები ვრცელდება (მაგალითად, GDPR ევროკავშირის მომხმარებლებისთვის)</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>დადასტურების ქაღალდი</translation>
    </message>
    <message>
        <source>80 mm receipt printer roll</source>
        <translation>80 მმ ჩეკის ლენტი</translation>
    </message>
    <message>
        <source>Rules of the chosen country (and of the EU where they apply). A rule can be switched off by a manager, never shortened; a sector code binds only a business that follows it.</source>
        <translation>არჩეული ქვეყნის (და, სადაც ვრცელდება, ევროკავშირის) წესები. მენეჯერს შეუძლია წესის გამორთვა, მაგრამ არა მისი ვადის შემცირება; დარგობრივი კოდექსი სავალდებულოა მხოლოდ იმ ბიზნესისთვის, რომელიც მას იცავს.</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>მოქმედებს</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>წესი</translation>
    </message>
    <message>
        <source>Law or code</source>
        <translation>კანონი თუ კოდექსი</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>შემოწმდა</translation>
    </message>
    <message>
        <source>Sector code</source>
        <translation>დარგობრივი კოდექსი</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>კანონი</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <source>Authority limits</source>
        <translation>უფლებამოსილების ლიმიტები</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>ადმინისტრატორი</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>შემსრულებელი</translation>
    </message>
    <message>
        <source>Amounts in {currency}; empty: no limit. A manager has no limit.</source>
        <translation>თანხები მითითებულია ვალუტაში {currency}; ცარიელი ველი ნიშნავს, რომ ლიმიტი არ არის. მენეჯერს ლიმიტი არ აქვს.</translation>
    </message>
    <message>
        <source>Change the authority limits?</source>
        <translation>შევცვალოთ უფლებამოსილების ლიმიტები?</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>Browse…</source>
        <translation>არჩევა…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>ლოგო</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>სურათები (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file cannot be read as an image.</source>
        <translation>ეს ფაილი სურათად ვერ იკითხება.</translation>
    </message>
    <message>
        <source>No logo: the documents show the name only.</source>
        <translation>ლოგო არ არის: დოკუმენტებზე მხოლოდ სახელი გამოჩნდება.</translation>
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
        <translation>საქმეები</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>ახალი საქმე</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>ახალი საქმე (Ctrl+N)</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>ფორმის ბეჭდვა</translation>
    </message>
    <message>
        <source>Open the resolution form of this case to print it (Ctrl+P)</source>
        <translation>ამ საქმის გადაწყვეტის ფორმის გახსნა დასაბეჭდად (Ctrl+P)</translation>
    </message>
    <message>
        <source>Customer signs…</source>
        <translation>მომხმარებელი აწერს ხელს…</translation>
    </message>
    <message>
        <source>Sign on screen, or attach a scan of the signed paper form</source>
        <translation>ეკრანზე ხელმოწერა ან ხელმოწერილი ქაღალდის ფორმის სკანის მიმაგრება</translation>
    </message>
    <message>
        <source>Incidents…</source>
        <translation>ინციდენტები…</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>ანგარიშები…</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>თანამშრომლები…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>პარამეტრები…</translation>
    </message>
    <message>
        <source>Quick filters</source>
        <translation>სწრაფი ფილტრები</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ყველა</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ღია</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>დღევანდელი</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ვადაგადაცილებული</translation>
    </message>
    <message>
        <source>Major, not reported</source>
        <translation>სერიოზული, შეუტყობინებელი</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>ელოდება ხელმოწერას</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>დახურული</translation>
    </message>
    <message>
        <source>Show: {filter}</source>
        <translation>ჩვენება: {filter}</translation>
    </message>
    <message>
        <source>Search cases (Ctrl+F)</source>
        <translation>საქმეების ძიება (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>საქმეების ძიება</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>ყველა საქმის ჩვენება</translation>
    </message>
    <message numerus="yes">
        <source>From the report: {title} · %n case(s)</source>
        <translation>
            <numerusform>ანგარიშიდან: {title} · %n საქმე</numerusform>
            <numerusform>ანგარიშიდან: {title} · %n საქმე</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer signs the resolution form on screen, or you attach a scan of the signed paper form</source>
        <translation>მომხმარებელი ფორმას ეკრანზე აწერს ხელს, ან თქვენ ურთავთ ხელმოწერილი ქაღალდის ფორმის სკანს</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>შეუნახავი ცვლილებები</translation>
    </message>
    <message>
        <source>This case has changes that are not saved yet.</source>
        <translation>ამ საქმეში არის შეუნახავი ცვლილებები.</translation>
    </message>
    <message>
        <source>Case {ref} saved.</source>
        <translation>საქმე {ref} შენახულია.</translation>
    </message>
    <message>
        <source>Case {ref} signed.</source>
        <translation>საქმე {ref} ხელმოწერილია.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) fell due while Casebook was closed.</source>
        <translation>
            <numerusform>სანამ Casebook დახურული იყო, %n შეხსენების დრო დადგა.</numerusform>
            <numerusform>სანამ Casebook დახურული იყო, %n შეხსენების დრო დადგა.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due now: %n follow-up(s).</source>
        <translation>
            <numerusform>ახლა: %n შემდგომი ქმედება.</numerusform>
            <numerusform>ახლა: %n შემდგომი ქმედება.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due now for {name}: {count}</source>
        <translation>ახლა შესასრულებელი ({name}): {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n საქმე</numerusform>
            <numerusform>%n საქმე</numerusform>
        </translation>
    </message>
    <message>
        <source>Casebook file: {path}</source>
        <translation>Casebook-ის ფაილი: {path}</translation>
    </message>
    <message>
        <source>{name} is at the desk now.</source>
        <translation>ახლა მორიგეობს {name}.</translation>
    </message>
    <message>
        <source>The automatic backup was not made: {reason}</source>
        <translation>ავტომატური სარეზერვო ასლი ვერ შეიქმნა: {reason}</translation>
    </message>
    <message>
        <source>The automatic backup was not made. Details: {path}</source>
        <translation>ავტომატური სარეზერვო ასლი ვერ შეიქმნა. დეტალები: {path}</translation>
    </message>
    <message>
        <source>The connection to the casebook is lost. Casebook keeps trying; your unsaved edits stay on screen.</source>
        <translation>კავშირი საქმეების ჟურნალთან გაწყდა. Casebook ცდას აგრძელებს; შეუნახავი ცვლილებები ეკრანზე რჩება.</translation>
    </message>
</context>
<context>
    <name>ManagerMenu</name>
    <message>
        <source>Manager</source>
        <translation>მენეჯერი</translation>
    </message>
    <message>
        <source>Reopen signed case…</source>
        <translation>ხელმოწერილი საქმის ხელახლა გახსნა…</translation>
    </message>
    <message>
        <source>Erase the customer&apos;s personal data…</source>
        <translation>მომხმარებლის პერსონალური მონაცემების წაშლა…</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>საქმის წაშლა…</translation>
    </message>
    <message>
        <source>Merge with a duplicate…</source>
        <translation>დუბლიკატთან გაერთიანება…</translation>
    </message>
    <message>
        <source>Authority limits…</source>
        <translation>უფლებამოსილების ლიმიტები…</translation>
    </message>
    <message>
        <source>Reopen the signed case {ref}? The customer will have to sign again; the first signing stays in the history.</source>
        <translation>გავხსნათ ხელახლა ხელმოწერილი საქმე {ref}? მომხმარებელს ხელახლა მოუწევს ხელის მოწერა; პირველი ხელმოწერა ისტორიაში დარჩება.</translation>
    </message>
    <message>
        <source>Erase the personal data of this case&apos;s customer (name, phone, email, address, unit, account) from all their cases and the history? The cases stay in the statistics. This cannot be undone.</source>
        <translation>წავშალოთ ამ საქმის მომხმარებლის პერსონალური მონაცემები (სახელი, ტელეფონი, ელფოსტა, მისამართი, ბინა, აბონენტის ნომერი) მის ყველა საქმესა და ისტორიაში? საქმეები სტატისტიკაში დარჩება. ამ მოქმედების გაუქმება შეუძლებელია.</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>პერსონალური მონაცემები წაიშალა</translation>
    </message>
    <message numerus="yes">
        <source>The customer&apos;s personal data was erased from %n case(s).</source>
        <translation>
            <numerusform>მომხმარებლის პერსონალური მონაცემები წაიშალა %n საქმიდან.</numerusform>
            <numerusform>მომხმარებლის პერსონალური მონაცემები წაიშალა %n საქმიდან.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the case {ref} with everything on it? Its reference is not used again. This cannot be undone.</source>
        <translation>წავშალოთ საქმე {ref} ყველაფერთან ერთად? მისი ნომერი განმეორებით აღარ გამოიყენება. ამ მოქმედების გაუქმება შეუძლებელია.</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) were rewritten without it.</source>
        <translation>
            <numerusform>%n ავტომატური სარეზერვო ასლი გადაიწერა ამ მონაცემების გარეშე.</numerusform>
            <numerusform>%n ავტომატური სარეზერვო ასლი გადაიწერა ამ მონაცემების გარეშე.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate cases</source>
        <translation>დუბლიკატი საქმეების გაერთიანება</translation>
    </message>
    <message>
        <source>Two cases of the same customer about the same matter become one: both accounts, actions and histories are kept, and the other reference leads to the case that stays.</source>
        <translation>ერთი მომხმარებლის ორი საქმე ერთსა და იმავე საკითხზე ერთ საქმედ იქცევა: ორივე ნაამბობი, ყველა მოქმედება და ორივე ისტორია ინახება, ხოლო მეორე ნომერი დარჩენილ საქმეზე მიგიყვანთ.</translation>
    </message>
    <message>
        <source>needed when a case is signed</source>
        <translation>სავალდებულოა, თუ საქმე ხელმოწერილია</translation>
    </message>
    <message>
        <source>Merge with</source>
        <translation>გაერთიანება საქმესთან</translation>
    </message>
    <message>
        <source>Reference that stays</source>
        <translation>რჩება ნომერი</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>მიზეზი</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>გაერთიანება</translation>
    </message>
    <message>
        <source>This customer has no other case.</source>
        <translation>ამ მომხმარებელს სხვა საქმე არ აქვს.</translation>
    </message>
    <message>
        <source>Merge case {gone} into {keep}? {gone} will lead to {keep}.</source>
        <translation>გაერთიანდეს საქმე {gone} საქმესთან {keep}? ნომერი {gone} მიგიყვანთ საქმეზე {keep}.</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>ახალი ინციდენტი</translation>
    </message>
    <message>
        <source>e.g. Lift stopped between floors</source>
        <translation>მაგ., ლიფტი სართულებს შორის გაჩერდა</translation>
    </message>
    <message>
        <source>e.g. Building 3</source>
        <translation>მაგ., მე-3 კორპუსი</translation>
    </message>
    <message>
        <source>e.g. 1-40, 52</source>
        <translation>მაგ., 1-40, 52</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>რა მოხდა</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <source>Building or place</source>
        <translation>შენობა ან ადგილი</translation>
    </message>
    <message>
        <source>Units affected</source>
        <translation>დაზარალებული ბინები</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>დაწყების დრო</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>პასუხისმგებელი</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>ინციდენტის რეგისტრაცია</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>ვინ მორიგეობს ახლა?</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>თანამშრომელი</translation>
    </message>
</context>
<context>
    <name>PartList</name>
    <message>
        <source>Parts of the case</source>
        <translation>საქმის ეტაპები</translation>
    </message>
</context>
<context>
    <name>PinButton</name>
    <message>
        <source>Change PIN…</source>
        <translation>PIN-კოდის შეცვლა…</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>PIN-კოდის დაყენება…</translation>
    </message>
    <message>
        <source>PIN of {name}</source>
        <translation>PIN-კოდი ({name})</translation>
    </message>
</context>
<context>
    <name>PinOperatorDialog</name>
    <message>
        <source>PIN</source>
        <translation>PIN-კოდი</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview — {ref}</source>
        <translation>წინასწარი ნახვა — {ref}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>დოკუმენტი</translation>
    </message>
    <message>
        <source>Resolution form</source>
        <translation>საჩივრის გადაწყვეტის ფორმა</translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation>საპასუხო წერილი</translation>
    </message>
    <message>
        <source>Case summary (internal)</source>
        <translation>საქმის მიმოხილვა (შიდა)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>მეორე ენა</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>მეორე ენის გარეშე</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ წინა გვერდი</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>შემდეგი გვერდი ▶</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>დაპატარავება</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>სიგანეზე მორგება</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>გადიდება</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>ბეჭდვა…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF-ად შენახვა…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <source>This document could not be made. Nothing was changed.</source>
        <translation>დოკუმენტის შექმნა ვერ მოხერხდა. არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>გვერდი {page} / {pages}</translation>
    </message>
    <message>
        <source>form</source>
        <translation>ფორმა</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>წერილი</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>მიმოხილვა</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF-ად შენახვა</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF დოკუმენტები (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>შენახულია: {path}</translation>
    </message>
    <message>
        <source>The printer could not be started. Nothing was printed; check the printer and try again.</source>
        <translation>პრინტერის გაშვება ვერ მოხერხდა. არაფერი დაბეჭდილა; შეამოწმეთ პრინტერი და სცადეთ ხელახლა.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>იბეჭდება…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>Printing failed. The document is still open: check the printer and try again.</source>
        <translation>ბეჭდვა ვერ მოხერხდა. დოკუმენტი ისევ ღიაა: შეამოწმეთ პრინტერი და სცადეთ ხელახლა.</translation>
    </message>
    <message>
        <source>Receipt for the customer</source>
        <translation>მიღების დადასტურება მომხმარებლისთვის</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>დადასტურება</translation>
    </message>
</context>
<context>
    <name>QATable</name>
    <message>
        <source>Question</source>
        <translation>კითხვა</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>პასუხი</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Why does this change?</source>
        <translation>რატომ იცვლება?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>მიზეზი</translation>
    </message>
    <message>
        <source>The customer agreed to the new time</source>
        <translation>მომხმარებელი ეთანხმება ახალ დროს</translation>
    </message>
    <message>
        <source>(agreed with the customer)</source>
        <translation>(შეთანხმებულია მომხმარებელთან)</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Signature</source>
        <translation>ხელმოწერა</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>კმაყოფილება</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — ძალიან უკმაყოფილო</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — ძალიან კმაყოფილი</translation>
    </message>
    <message>
        <source>Customer signs…</source>
        <translation>მომხმარებელი აწერს ხელს…</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>ცვლილებები ხელმოწერის შემდეგ</translation>
    </message>
    <message>
        <source>Signed on {when}</source>
        <translation>ხელმოწერილია {when}</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>ჯერ არ არის ხელმოწერილი</translation>
    </message>
    <message>
        <source>{when} · {who} · {field}: “{before}” → “{after}” — {reason}</source>
        <translation>{when} · {who} · {field}: „{before}“ → „{after}“ — {reason}</translation>
    </message>
</context>
<context>
    <name>ReplyAllDialog</name>
    <message>
        <source>Reply to all — {ref}</source>
        <translation>ყველასთვის პასუხი — {ref}</translation>
    </message>
    <message>
        <source>Each chosen case records this reply as its own, with its own deadlines; the letters print in each customer&apos;s language.</source>
        <translation>თითოეული არჩეული საქმე ამ პასუხს საკუთარად ჩაიწერს, საკუთარი ვადებით; წერილები თითოეული მომხმარებლის ენაზე დაიბეჭდება.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>არასავალდებულო</translation>
    </message>
    <message>
        <source>What we say</source>
        <translation>რას ვპასუხობთ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>გადაწყვეტა</translation>
    </message>
    <message>
        <source>Resolution details</source>
        <translation>გადაწყვეტის დეტალები</translation>
    </message>
    <message>
        <source>Replied via</source>
        <translation>პასუხის არხი</translation>
    </message>
    <message>
        <source>Agreed next reply</source>
        <translation>შემდეგი პასუხი</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>საქმეები</translation>
    </message>
    <message>
        <source>signed {date}</source>
        <translation>ხელმოწერილია {date}</translation>
    </message>
    <message>
        <source>replied {date}</source>
        <translation>პასუხი გაეცა {date}</translation>
    </message>
    <message>
        <source>Then save the letters as one PDF</source>
        <translation>შემდეგ წერილების ერთ PDF-ად შენახვა</translation>
    </message>
    <message>
        <source>Reply to the chosen cases</source>
        <translation>არჩეულ საქმეებზე პასუხი</translation>
    </message>
</context>
<context>
    <name>ReplyForm</name>
    <message>
        <source>&amp;Replied at</source>
        <translation>პასუხის დ&amp;რო</translation>
    </message>
    <message>
        <source>Replied via</source>
        <translation>პასუხის არხი</translation>
    </message>
    <message>
        <source>What we said</source>
        <translation>რა ვუთხარით</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>გადაწყვეტა</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>თანხა</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ვალუტა</translation>
    </message>
    <message>
        <source>Resolution details</source>
        <translation>გადაწყვეტის დეტალები</translation>
    </message>
    <message>
        <source>Customer accepts</source>
        <translation>მომხმარებელი ეთანხმება</translation>
    </message>
    <message>
        <source>Approved by (manager)</source>
        <translation>დაამტკიცა (მენეჯერი)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report incident {ref}</source>
        <translation>ინციდენტის {ref} მოხსენება</translation>
    </message>
    <message>
        <source>Every major case of the incident that is not reported yet records this report too.</source>
        <translation>ეს მოხსენება ჩაიწერება ინციდენტის ყველა იმ სერიოზულ საქმეშიც, რომელზეც ჯერ არ მოუხსენებიათ.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>ტელეფონით</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>ვის ეცნობა</translation>
    </message>
    <message>
        <source>How</source>
        <translation>როგორ</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>მოხსენების დრო</translation>
    </message>
    <message>
        <source>Record the report</source>
        <translation>მოხსენების ჩაწერა</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Reported to</source>
        <translation>ვის ეცნობა</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>მოხსენების დრო</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ტელეფონი</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>პირადად</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ელფოსტა</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>მესენჯერი</translation>
    </message>
    <message>
        <source>How</source>
        <translation>როგორ</translation>
    </message>
    <message>
        <source>Manager acknowledged at</source>
        <translation>მენეჯერმა დაადასტურა</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>ანგარიშები</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>პერიოდი</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>ეს კვირა</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>წინა კვირა</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>ეს თვე</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>წინა თვე</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>სხვა თარიღები</translation>
    </message>
    <message>
        <source>From</source>
        <translation>დასაწყისი</translation>
    </message>
    <message>
        <source>To</source>
        <translation>დასასრული</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF-ად შენახვა…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>CSV-ად შენახვა…</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>კატეგორიის მიხედვით</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>სახის მიხედვით</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>სიმძიმის მიხედვით</translation>
    </message>
    <message>
        <source>By nature</source>
        <translation>ხასიათის მიხედვით</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>არხის მიხედვით</translation>
    </message>
    <message>
        <source>By staff member</source>
        <translation>თანამშრომლის მიხედვით</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>კმაყოფილება (1–5)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>ნომერი</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>ძირეული მიზეზი</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>პრევენციული ზომა</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>მომხმარებელი</translation>
    </message>
    <message>
        <source>Cases in the period</source>
        <translation>საქმეები ამ პერიოდში</translation>
    </message>
    <message>
        <source>Cases in all</source>
        <translation>სულ საქმეები</translation>
    </message>
    <message>
        <source>Systemic cases</source>
        <translation>სისტემური პრობლემის საქმეები</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>განმეორებით მომმართველი მომხმარებლები</translation>
    </message>
    <message>
        <source>half within {median} h, 9 in 10 within {p90} h</source>
        <translation>ნახევარი — {median} სთ-ში, 10-დან 9 — {p90} სთ-ში</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>მიღებული</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>გადაწყვეტილი</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ღია</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ვადაგადაცილებული</translation>
    </message>
    <message>
        <source>Overdue counts every case not yet closed that has a follow-up past its time — resolved cases waiting for the signature too — so it can be more than Open.</source>
        <translation>„ვადაგადაცილებული“ ითვლის ყველა დაუხურავ საქმეს, რომლის შეხსენების დროც გავიდა — ხელმოწერის მომლოდინე გადაწყვეტილ საქმეებსაც — ამიტომ შეიძლება „ღიაზე“ მეტი იყოს.</translation>
    </message>
    <message>
        <source>previous period: {n}</source>
        <translation>წინა პერიოდი: {n}</translation>
    </message>
    <message>
        <source>First contact (business hours)</source>
        <translation>პირველ კონტაქტამდე (სამუშაო საათებში)</translation>
    </message>
    <message>
        <source>Resolution (business hours)</source>
        <translation>გადაწყვეტამდე (სამუშაო საათებში)</translation>
    </message>
    <message>
        <source>Agreed reply times kept</source>
        <translation>შეთანხმებული პასუხის დროის დაცვა</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>საშუალო კმაყოფილება</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(მითითებული არ არის)</translation>
    </message>
    <message>
        <source>{n} ({late} overdue)</source>
        <translation>{n} ({late} ვადაგადაცილებული)</translation>
    </message>
    <message>
        <source>{what}, received {start} – {end}</source>
        <translation>{what}, მიღებული {start} – {end}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>ანგარიშის შენახვა</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF დოკუმენტები (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV ცხრილები (*.csv)</translation>
    </message>
    <message>
        <source>Deadlines set by law: {met} met, {missed} missed, {running} still running (previous period: {before_met} met, {before_missed} missed)</source>
        <translation>კანონით დადგენილი ვადები: დაცული {met}, გაცდენილი {missed}, მიმდინარე {running} (წინა პერიოდი: დაცული {before_met}, გაცდენილი {before_missed})</translation>
    </message>
</context>
<context>
    <name>SatisfactionPicker</name>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — ძალიან უკმაყოფილო</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — ძალიან კმაყოფილი</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Something went wrong and nothing was saved. Details: {path}</source>
        <translation>რაღაც შეცდომა მოხდა და არაფერი შენახულა. დეტალები: {path}</translation>
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
        <translation>PIN-კოდი ({name})</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>მიმდინარე PIN-კოდი</translation>
    </message>
    <message>
        <source>New PIN (4 to 12 digits)</source>
        <translation>ახალი PIN-კოდი (4-დან 12 ციფრამდე)</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>გაიმეორეთ ახალი PIN-კოდი</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>PIN-კოდის მოხსნა</translation>
    </message>
    <message>
        <source>The two new PINs are not the same.</source>
        <translation>ახალი PIN-კოდები ერთმანეთს არ ემთხვევა.</translation>
    </message>
    <message>
        <source>A manager approves the new PIN of {name}.</source>
        <translation>ახალი PIN-კოდი ({name}) მენეჯერმა უნდა დაადასტუროს.</translation>
    </message>
    <message>
        <source>New PIN (6 to 12 digits)</source>
        <translation>ახალი PIN-კოდი (6-დან 12 ციფრამდე)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>პარამეტრები</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>ორგანიზაციის სახელი</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>მისამართი</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ტელეფონი</translation>
    </message>
    <message>
        <source>Logo (image file)</source>
        <translation>ლოგო (სურათის ფაილი)</translation>
    </message>
    <message>
        <source>Reference prefix</source>
        <translation>ნომრის პრეფიქსი</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ვალუტა</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>სასაათო სარტყელი</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>შესანახი ავტომატური სარეზერვო ასლები</translation>
    </message>
    <message>
        <source>Casebook backs up on closing and once a day; the oldest backups beyond this number are removed.</source>
        <translation>Casebook სარეზერვო ასლს ქმნის დახურვისას და დღეში ერთხელ; ამ რაოდენობაზე მეტი უძველესი ასლები იშლება.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>წთ</translation>
    </message>
    <message>
        <source>Lock an unused desk after</source>
        <translation>დაბლოკვა უმოქმედობის შემდეგ</translation>
    </message>
    <message>
        <source>When PINs are on, Casebook locks after this many minutes without a key press or click.</source>
        <translation>როცა PIN-კოდები ჩართულია, Casebook იბლოკება, თუ ამდენი წუთის განმავლობაში არც ღილაკს დააჭირეს და არც დააწკაპუნეს.</translation>
    </message>
    <message>
        <source>Households for a collective complaint</source>
        <translation>ოჯახების რაოდენობა კოლექტიური საჩივრისთვის</translation>
    </message>
    <message>
        <source>When this many households complain about one incident, the incident and all its cases become major and must be reported.</source>
        <translation>როცა ამდენი ოჯახი ერთ ინციდენტზე ჩივის, ინციდენტი და მისი ყველა საქმე სერიოზული ხდება და საჭიროა მოხსენება.</translation>
    </message>
    <message>
        <source>h</source>
        <translation>სთ</translation>
    </message>
    <message>
        <source>Offer incidents that started within</source>
        <translation>ინციდენტის შეთავაზების ვადა</translation>
    </message>
    <message>
        <source>A new case of the same category and place is offered an open incident that started up to this many hours before.</source>
        <translation>იმავე კატეგორიისა და ადგილის ახალ საქმეს შესთავაზებს ღია ინციდენტს, რომელიც არაუმეტეს ამდენი საათის წინ დაიწყო.</translation>
    </message>
    <message>
        <source>Default form language</source>
        <translation>ფორმის ნაგულისხმევი ენა</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>პროგრამის ენა</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>ორგანიზაცია</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>სიები</translation>
    </message>
    <message>
        <source>List to edit</source>
        <translation>რომელი სია შეიცვალოს</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>კატეგორიები</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>არხები</translation>
    </message>
    <message>
        <source>Resolution types</source>
        <translation>გადაწყვეტის სახეები</translation>
    </message>
    <message>
        <source>Major triggers</source>
        <translation>სერიოზული საჩივრის ნიშნები</translation>
    </message>
    <message>
        <source>Moods</source>
        <translation>განწყობები</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>სახეები</translation>
    </message>
    <message>
        <source>Severities</source>
        <translation>სიმძიმე</translation>
    </message>
    <message>
        <source>Natures</source>
        <translation>ხასიათი</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>ენები:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>აქტიური</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>ელემენტის დამატება</translation>
    </message>
    <message>
        <source>The rules rely on this list: its entries can be renamed, not added.</source>
        <translation>ამ სიას წესები ეყრდნობა: ჩანაწერის სახელის შეცვლა შეიძლება, დამატება — არა.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ელფოსტა</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>კანონმდებლობა</translation>
    </message>
    <message>
        <source>This takes deadlines set by law out of force for new cases, and cancels their open deadlines. A manager approves it.</source>
        <translation>ამით კანონით დადგენილი ვადები ახალ საქმეებზე აღარ გავრცელდება და მათი ღია ვადები გაუქმდება. საჭიროა მენეჯერის თანხმობა.</translation>
    </message>
    <message>
        <source>Office casebook on a server (this PC)</source>
        <translation>ოფისის საქმეების ჟურნალი სერვერზე (ეს კომპიუტერი)</translation>
    </message>
    <message>
        <source>The casebook this PC opens at start, shared with the other desks. No password here: it goes in this PC&apos;s .pgpass file. Empty: this PC&apos;s own casebook.</source>
        <translation>საქმეების ჟურნალი, რომელსაც ეს კომპიუტერი გაშვებისას ხსნის და სხვა სამუშაო ადგილებთან საერთოა. პაროლი აქ არ ჩაწეროთ: ის ამ კომპიუტერის .pgpass ფაილშია. ცარიელი — ამ კომპიუტერის საკუთარი ჟურნალი.</translation>
    </message>
    <message>
        <source>Office casebook (this PC)</source>
        <translation>ოფისის ჟურნალი (ეს კომპიუტერი)</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Customer signature</source>
        <translation>მომხმარებლის ხელმოწერა</translation>
    </message>
    <message>
        <source>Staff member ({name})</source>
        <translation>თანამშრომელი ({name})</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>გასუფთავება</translation>
    </message>
    <message>
        <source>Sign the resolution form — {ref}</source>
        <translation>ფორმის ხელმოწერა — {ref}</translation>
    </message>
    <message>
        <source>Please read the form on the left. By signing you confirm what it says was heard, done and replied.</source>
        <translation>გთხოვთ, წაიკითხოთ ფორმა მარცხნივ. ხელმოწერით ადასტურებთ მასში ჩაწერილს: რა მოვისმინეთ, რა გავაკეთეთ და რა გიპასუხეთ.</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>ერთი ნაბიჯით უკან</translation>
    </message>
    <message>
        <source>How satisfied are you with how we handled it? (1 = very dissatisfied, 5 = very satisfied)</source>
        <translation>რამდენად კმაყოფილი ხართ საკითხის მოგვარებით? (1 — ძალიან უკმაყოფილო, 5 — ძალიან კმაყოფილი)</translation>
    </message>
    <message>
        <source>The keys 1 to 5 choose the score</source>
        <translation>შეფასება 1-დან 5-მდე კლავიშებით აირჩიეთ</translation>
    </message>
    <message>
        <source>Attach a scan of the signed paper form…</source>
        <translation>ხელმოწერილი ფორმის სკანის მიმაგრება…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>ხელმოწერა</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>ხელმოწერილი ფორმა</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>სკანები (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>ვერ ხერხდება {path}-ის წაკითხვა: {reason}</translation>
    </message>
    <message>
        <source>The customer has not signed yet: sign on the pad or attach a scan of the signed paper form.</source>
        <translation>მომხმარებელს ჯერ ხელი არ მოუწერია: მოაწერეთ ხელი ეკრანზე ან მიამაგრეთ ხელმოწერილი ქაღალდის ფორმის სკანი.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>თანამშრომლები</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>სახელი</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>როლი</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>აქტიური</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-კოდი</translation>
    </message>
    <message>
        <source>Name of the new member of staff</source>
        <translation>ახალი თანამშრომლის სახელი</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>დამატება</translation>
    </message>
    <message>
        <source>Changing a role, retiring or bringing back a member of staff, or adding one above the desk, needs a manager&apos;s approval.</source>
        <translation>როლის შეცვლას, თანამშრომლის დეაქტივირებას ან დაბრუნებას, ან ადმინისტრატორზე მაღალი როლით დამატებას მენეჯერის თანხმობა სჭირდება.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open Casebook</source>
        <translation>Casebook-ის გახსნა</translation>
    </message>
    <message>
        <source>Quit Casebook</source>
        <translation>Casebook-დან გასვლა</translation>
    </message>
    <message>
        <source>Casebook keeps running here and will remind you of follow-ups. Quit it from this icon&apos;s menu.</source>
        <translation>Casebook აქ აგრძელებს მუშაობას და შეგახსენებთ შემდგომ ქმედებებს. გასასვლელად გამოიყენეთ ამ ხატულის მენიუ.</translation>
    </message>
</context>
<context>
    <name>TriggerList</name>
    <message>
        <source>Major triggers</source>
        <translation>სერიოზული საჩივრის ნიშნები</translation>
    </message>
</context>
</TS>
