"""Phrase tables for the demo casebook, one block per language.

A demo casebook is only convincing if it does not read as one sentence
copied 100,000 times, so every language has its own people, addresses and,
per category, several complaint templates written the way people say them
in that language (not translated word for word). Templates have slots that
`casebook.core.demo.generator` fills per case:

    {unit}  the customer's flat       {b}      a block number (2–9)
    {since} "since Monday"            {on}     "on Tuesday", "yesterday"
    {days}  "three days"              {order}  an order number
    {amount} money, formatted the local way (billing accounts, claims, resolutions)
    {item}, {item_a}, {item_the}, {item_acc}   a product in the forms the
            language needs (English/Dutch articles, Russian accusative)
    {staff} the member of staff a complaint names

Templates never start a sentence with a slot whose value is lower-case
(weekdays in Dutch, "с понедельника"), so no capitalising is needed at run
time. Russian templates avoid first-person past tenses, which would need the
customer's gender ("купил/купила"): people say "мы" or use the present.

Phone numbers are templates over ten random digits ({0}…{9}).

Every block has the same keys; `tests/core/demo/test_demo_book.py` checks that, so a
missing category in one language fails a test instead of a demo.
"""

from __future__ import annotations

# Products sold in the demo shop, in this order in every language; prices
# (in euros, converted per currency) live in demo.ITEM_PRICES.
ITEM_KEYS = ("washing_machine", "vacuum", "laptop", "coffee_maker", "kettle", "iron",
             "desk_lamp", "microwave", "blender", "heater", "toaster", "hair_dryer")

# ---------------------------------------------------------------------------- English
EN = {
    "first": [("James", "james", "m"), ("Emily", "emily", "f"), ("Oliver", "oliver", "m"),
              ("Sophie", "sophie", "f"), ("Harry", "harry", "m"), ("Grace", "grace", "f"),
              ("Daniel", "daniel", "m"), ("Chloe", "chloe", "f"), ("Mohammed", "mohammed", "m"),
              ("Priya", "priya", "f"), ("George", "george", "m"), ("Margaret", "margaret", "f"),
              ("Liam", "liam", "m"), ("Hannah", "hannah", "f")],
    "last": [("Smith", "smith"), ("Jones", "jones"), ("Taylor", "taylor"), ("Brown", "brown"),
             ("Williams", "williams"), ("Evans", "evans"), ("Walker", "walker"),
             ("Wright", "wright"), ("Patel", "patel"), ("Hughes", "hughes"),
             ("O'Connor", "oconnor"), ("Green", "green")],
    "phone": "+44 7{0}{1}{2} {3}{4}{5}{6}{7}{8}",
    "mail": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"],
    "buildings": ["Parkside Court, 14 Albert Road, London N4 3RP",
                  "Riverview House, 2 Wharf Lane, London SE8 3QB",
                  "Elm Gardens, 40 Elm Grove, London SE15 5DE"],
    "streets": ["{n} Station Road, Croydon CR0 2RB", "{n} Church Street, London N16 0JL",
                "{n} Victoria Avenue, Ilford IG1 4PT", "{n} Mill Lane, London NW6 1NT"],
    "unit": "Flat {n}",
    "since": ["since Monday", "since Tuesday", "since Wednesday", "since Thursday",
              "since Friday", "since the weekend", "since last week"],
    "on": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
           "on Saturday", "yesterday"],
    "days": ["two days", "three days", "four days", "five days", "a week"],
    "items": [
        {"item": "washing machine", "item_a": "a washing machine", "item_the": "the washing machine"},
        {"item": "vacuum cleaner", "item_a": "a vacuum cleaner", "item_the": "the vacuum cleaner"},
        {"item": "laptop", "item_a": "a laptop", "item_the": "the laptop"},
        {"item": "coffee maker", "item_a": "a coffee maker", "item_the": "the coffee maker"},
        {"item": "kettle", "item_a": "a kettle", "item_the": "the kettle"},
        {"item": "iron", "item_a": "an iron", "item_the": "the iron"},
        {"item": "desk lamp", "item_a": "a desk lamp", "item_the": "the desk lamp"},
        {"item": "microwave", "item_a": "a microwave", "item_the": "the microwave"},
        {"item": "blender", "item_a": "a blender", "item_the": "the blender"},
        {"item": "electric heater", "item_a": "an electric heater",
         "item_the": "the electric heater"},
        {"item": "toaster", "item_a": "a toaster", "item_the": "the toaster"},
        {"item": "hair dryer", "item_a": "a hair dryer", "item_the": "the hair dryer"},
    ],
    # (the customer's account, the remedy sought, the closed summary question)
    "accounts": {
        "unit_repairs": [
            ("The heating in {unit} has been off {since}. We have small children and the flat "
             "is freezing.", "Repair the heating today",
             "So the heating in {unit} has not worked {since} — is that right?"),
            ("Water keeps dripping from the bathroom ceiling. I put a bucket under it, but it is "
             "full every morning.", "Send a plumber and repair the ceiling",
             "So water is leaking through your bathroom ceiling every night — is that right?"),
            ("The kitchen window in {unit} will not close properly and there is a draught all "
             "day.", "Repair or replace the window",
             "So the kitchen window does not close and lets in a draught — correct?"),
            ("There has been no hot water {since}. I have called twice and nobody came.",
             "A plumber this week, on a day I can rely on",
             "So you have had no hot water {since} and nobody came after two calls — is that "
             "right?"),
        ],
        "noise": [
            ("The neighbours above play loud music almost every night until two in the "
             "morning.", "Talk to them and make it stop",
             "So there is loud music from the flat above until about 2 a.m. most nights — is "
             "that right?"),
            ("The renovation next door starts at seven in the morning, even on Saturdays.",
             "Keep the works to the permitted hours",
             "So the works next door start at 7 a.m., Saturdays included — correct?"),
            ("The dog next door barks for hours when its owners are out. It has gone on for "
             "{days} now.", "Ask the owners to do something about it",
             "So the dog next door has been barking for hours at a time for {days} — is that "
             "right?"),
            ("The ventilation unit on the roof hums all night; we cannot sleep with the window "
             "open.", "Have the unit checked and made quieter",
             "So the roof ventilation hums all night and keeps you awake — correct?"),
        ],
        "shared_facilities": [
            ("The lift in block {b} has been out of order {since}. My mother is 82 and cannot "
             "manage the stairs.", "Get the lift working again as soon as possible",
             "So the lift in block {b} has not worked {since} and your mother cannot use the "
             "stairs — is that right?"),
            ("The main entrance door does not lock any more; anyone can walk in.",
             "Repair the lock today", "So the entrance door no longer locks — correct?"),
            ("Half the lights in the stairwell of block {b} are out and it is pitch dark in the "
             "evening.", "Replace the lights",
             "So the stairwell lights in block {b} are out — is that right?"),
            ("The car park gate has been stuck open for {days} and strangers park in our "
             "spaces.", "Repair the gate and remove cars that do not belong here",
             "So the car park gate has been stuck open for {days} — correct?"),
        ],
        "cleaning_grounds": [
            ("The bins behind block {b} have not been emptied for {days} and the smell is "
             "terrible.", "Empty the bins and clean the area",
             "So the bins behind block {b} have been full for {days} — is that right?"),
            ("Nobody has cleaned the stairwell for weeks; there is sand and leaflets "
             "everywhere.", "Clean it and keep to the cleaning schedule",
             "So the stairwell has not been cleaned for weeks — correct?"),
            ("The path to the entrance was not gritted and I slipped on the ice this morning.",
             "Grit the paths on every frosty morning",
             "So the path was icy and not gritted, and you slipped this morning — is that "
             "right?"),
        ],
        "pests": [
            ("We have cockroaches in the kitchen of {unit}; the neighbours say they have them "
             "too.", "Pest control for the whole building",
             "So there are cockroaches in your kitchen and in the neighbours' flats too — is "
             "that right?"),
            ("I saw rats near the bin store twice this week, in broad daylight.",
             "Call in the pest controller",
             "So you saw rats by the bin store twice this week — correct?"),
            ("There is a wasps' nest above our balcony door and the children are afraid to go "
             "out.", "Remove the nest",
             "So there is a wasps' nest above your balcony door — is that right?"),
        ],
        "lost_mail": [
            ("A parcel for me was delivered to your office {on} and now it has disappeared. The "
             "courier says reception signed for it.", "Find the parcel or pay for it",
             "So a parcel that reception signed for {on} cannot be found — correct?"),
            ("My letters keep ending up in other people's mailboxes; I missed a letter from "
             "the tax office because of it.", "Fix the names on the mailboxes",
             "So your post is repeatedly put in the wrong mailboxes — is that right?"),
            ("The lock of my mailbox in block {b} is broken and my post is not safe.",
             "Replace the lock", "So the lock of your mailbox is broken — correct?"),
        ],
        "other_services": [
            ("The service charge went up again this year and nobody has explained what we are "
             "paying for.", "A breakdown of the service charge",
             "So you would like to know why the service charge went up and what it covers — "
             "is that right?"),
            ("I applied for a parking permit {days} ago and have not heard anything since.",
             "The permit this week",
             "So you applied for a parking permit {days} ago and had no answer — correct?"),
            ("The new key fob I paid for does not open the bike storage.",
             "A fob that works, or my money back",
             "So the key fob you paid for does not open the bike storage — is that right?"),
        ],
        "product_quality": [
            ("We bought {item_a} here {on} and it has already stopped working.",
             "Our money back",
             "So {item_the} you bought {on} has already stopped working — is that right?"),
            ("After two weeks {item_the} makes a strange, loud noise.", "A replacement",
             "So after two weeks {item_the} makes a strange noise — correct?"),
            ("The box looked fine, but inside {item_the} was scratched and one part was "
             "missing.", "A new one, complete",
             "So {item_the} was scratched and incomplete when you opened the box — is that "
             "right?"),
            ("This is the second {item} from your shop that broke within a month.",
             "A repair under warranty, or a better model",
             "So this is the second {item} that broke within a month — correct?"),
        ],
        "wrong_item": [
            ("I ordered {item_a} in black and received a white one.",
             "Swap it for the colour I ordered",
             "So you ordered it in black and received a white one — is that right?"),
            ("The box said {item}, but there was something completely different inside.",
             "The product I paid for",
             "So the box said {item} but held another product — correct?"),
            ("I was given the wrong model at the till and only noticed at home.",
             "An exchange for the right model",
             "So you were given the wrong model and noticed at home — is that right?"),
        ],
        "delivery": [
            ("My order {order} was promised {on} and it still has not arrived.",
             "Deliver it this week or refund me",
             "So order {order} was due {on} and has not arrived — is that right?"),
            ("I took a day off for the delivery, waited until six, and nobody came or called.",
             "Compensation for the lost day",
             "So you waited at home all day and the delivery never came — correct?"),
            ("The courier left {item_the} outside the front door in the rain.",
             "A replacement or compensation",
             "So the courier left {item_the} outside in the rain — is that right?"),
            ("The delivery men scratched the wall in my hallway while carrying {item_the} in.",
             "Repair of the wall",
             "So the hallway wall was scratched during the delivery — correct?"),
        ],
        "billing": [
            ("I was charged twice for the same purchase, {amount} each time.",
             "Refund the second payment",
             "So you were charged {amount} twice for one purchase — is that right?"),
            ("The receipt says {amount}, but the price on the shelf was lower.",
             "The difference back",
             "So you paid {amount} although the shelf price was lower — correct?"),
            ("I returned {item_the} {on} and the refund of {amount} has still not reached my "
             "card.", "The refund, now",
             "So the refund of {amount} for {item_the} has not arrived — is that right?"),
        ],
        "staff_attitude": [
            ("The assistant at the till was rude to me and laughed when I asked a question.",
             "An apology",
             "So the assistant was rude and laughed at your question — is that right?"),
            ("I waited twenty minutes at the service desk while two staff members chatted and "
             "ignored me.", "To be taken seriously",
             "So you were ignored for twenty minutes at the service desk — correct?"),
            ("When I tried to return {item_the}, the member of staff raised their voice in front "
             "of other customers.", "An apology, and my return accepted",
             "So a member of staff raised their voice at you over a return — is that right?"),
        ],
        "returns": [
            ("You refused to take back {item_the}, although I have the receipt and it is "
             "unused.", "Take it back and refund me",
             "So the return was refused although it is unused and you have the receipt — is "
             "that right?"),
            ("I was told I could only have a voucher, not my money back.",
             "A refund to my card",
             "So you were offered only a voucher instead of a refund — correct?"),
            ("I returned {item_the} {days} ago and have heard nothing since.",
             "The money back this week",
             "So you returned {item_the} {days} ago and have had no news — is that right?"),
        ],
        "other": [
            ("I called three times and each time I was told someone would call back. Nobody "
             "did.", "A call from someone who can decide",
             "So you were promised a call back three times and nobody called — is that "
             "right?"),
            ("Your office was closed during the opening hours written on the door.",
             "Keep to the opening hours",
             "So the office was closed during its posted opening hours — correct?"),
        ],
    },
    # Major incidents, keyed as demo.INCIDENTS: (account, remedy sought, summary).
    "incidents": {
        "fire_bins": ("There was smoke in the stairwell of block {b}: the bins by the entrance "
                      "were on fire. The fire brigade came.",
                      "Make the bin area safe and find out who did it",
                      "So the bins by the entrance of block {b} were on fire and the stairwell "
                      "filled with smoke — is that right?"),
        "fire_item": ("We bought {item_a} here {on}; last night it started smoking and caught "
                      "fire. We put it out ourselves.",
                      "A full refund and compensation for the burnt worktop",
                      "So {item_the} caught fire last night and you put it out yourselves — is "
                      "that right?"),
        "lift_trapped": ("My husband was stuck in the lift of block {b} for forty minutes and "
                         "nobody answered the alarm button.",
                         "A proper repair and an alarm line that answers",
                         "So your husband was trapped in the lift for forty minutes and the "
                         "alarm went unanswered — correct?"),
        "lift_power": ("The power went off in block {b} and my neighbour and I were trapped in "
                       "the lift in the dark.", "Find out why and make sure it cannot happen "
                       "again", "So a power cut trapped you and your neighbour in the lift — is "
                       "that right?"),
        "gas_bang": ("There was a loud bang from the boiler room this morning and now the "
                     "basement smells of gas.", "Check it at once and tell us whether it is safe",
                     "So there was a bang in the boiler room and now a smell of gas — correct?"),
        "power_out": ("The whole of block {b} has had no electricity since this morning; our "
                      "fridge and freezer are defrosting.",
                      "Get the power back and pay for the spoiled food",
                      "So block {b} has had no power since this morning — is that right?"),
        "flood_ceiling": ("Water is pouring through the ceiling of {unit} from the flat above "
                          "and the floor is flooded.", "Stop the leak now and pay for the damage",
                          "So water is pouring through your ceiling from the flat above — is "
                          "that right?"),
        "flood_power": ("Water came through the kitchen ceiling into the light fitting, and now "
                        "there is no power in {unit}.", "An electrician and a plumber today",
                        "So the leak reached the light fitting and {unit} has no power — "
                        "correct?"),
        "flood_basement": ("The basement storage rooms of block {b} are flooded; our things are "
                           "standing in water.", "Pump the water out and cover the damage",
                           "So the storage rooms of block {b} are flooded — is that right?"),
        "bikes_stolen": ("Someone broke into the bike storage of block {b} last night; three "
                         "bikes are gone, mine included.",
                         "A new lock, a camera, and help with the insurance claim",
                         "So the bike storage was broken into and your bike was stolen — "
                         "correct?"),
        "mail_stolen": ("Several mailboxes in block {b} were forced open last night, and a letter "
                        "from my bank is gone.", "Repair the mailboxes and report it to the police",
                        "So the mailboxes were forced open and your bank letter is missing — is "
                        "that right?"),
        "dealing": ("People are dealing drugs in the stairwell of block {b} every evening. I am "
                    "afraid to go out.", "Inform the police and fit a door that locks",
                    "So there is drug dealing in the stairwell every evening — is that right?"),
        "collective_noise": ("I am here on behalf of five households on our floor: the bar on "
                             "the ground floor plays loud music every night.",
                             "An agreement with the bar on quiet hours, in writing",
                             "So five households are complaining about music from the bar every "
                             "night — correct?"),
        "collective_pests": ("Four families in block {b}, ours included, have rats in their "
                             "flats. We are complaining together.",
                             "Pest control for the whole building this week",
                             "So four households in block {b} have rats — is that right?"),
        "heating_plant": ("The central heating of the whole building has failed; none of the "
                          "neighbours has heating or hot water.",
                          "An emergency repair and heaters for the elderly residents",
                          "So the central heating is down for every flat in the building — is "
                          "that right?"),
        "aircon_plant": ("The central air-conditioning in block {b} broke down in the heatwave; "
                         "it is 31 degrees in the flat.",
                         "Repair it today, and fans for the flats in the meantime",
                         "So the air-conditioning in block {b} has failed in the heat — "
                         "correct?"),
        "crack_wall": ("A wide crack has appeared in the living-room wall of {unit} and it gets "
                       "longer every day.", "An engineer to check that the building is safe",
                       "So a crack in your wall is growing every day — is that right?"),
    },
    # What a claim asks for, by the kind of business it is made to.
    "claims": {"retail": ["A refund of {amount}", "{amount} back and a written apology"],
               "property": ["Compensation of {amount} for the damage",
                            "{amount} to cover the cost of repairs",
                            "A reduction of {amount} in the service charge"]},
    "openers": ["I want to make a complaint.", "Good morning.",
                "I am sorry to bother you, but this cannot go on.",
                "I have tried calling, so I am putting it in writing."],
    "closers": ["Please call me back.", "I hope this can be sorted out quickly.",
                "I am really fed up with this.", "Thank you."],
    "repeat": ["This is the third time I have complained about this.",
               "I reported exactly the same problem last month and nothing happened."],
    "media": ["If this is not solved this week, I will go to the local newspaper.",
              "My solicitor has advised me to put this in writing; I will take legal action "
              "if I have to."],
    "relational": ["I have lived here for twelve years and have never been treated like this.",
                   "Honestly, I no longer believe anything your office promises.",
                   "I have been a loyal customer for years, but this is the last time."],
    "subject": "The name on the badge was {staff}.",
    "qa": {
        "property": [
            ("When did you first notice it?", "It started {since}."),
            ("Has anyone looked at it before?", "Yes, someone came last month, but it came back."),
            ("Who else is affected?", "The neighbours on our floor too, as far as I know."),
            ("When can we get into the flat?", "Any weekday after four, but call me first."),
            ("Is anyone at risk — children, elderly people, anyone ill?",
             "My mother lives with us; she is 80."),
            ("Do you have photos?", "Yes, I can email them today."),
        ],
        "retail": [
            ("When did you buy it?", "I bought it {on}."),
            ("Do you still have the receipt?", "Only the card statement, I'm afraid."),
            ("What happened exactly?", "It just stopped. No smell, no noise."),
            ("How have you been using it?", "Normally, as the manual says."),
            ("Did you contact us about it before?", "I called on Friday, but nobody called back."),
            ("What would make this right for you?", "Honestly, just one that works."),
        ],
    },
    "notes": {
        "ack": ["Called the customer back; confirmed we have the complaint and explained the "
                "next steps.", "Emailed the customer to confirm receipt and the agreed reply time.",
                "Spoke to the customer at the desk and agreed when we will call back."],
        "property": ["Asked the plumber to visit {on}.", "Booked the lift company for an "
                     "emergency call-out.", "Checked the maintenance log: the same fault was "
                     "reported last spring.", "Asked the contractor for a quote.",
                     "The caretaker will check block {b} this afternoon.",
                     "Put a notice on the board in block {b}."],
        "retail": ["Checked the order in the till system.", "Asked the supplier about a "
                   "replacement.", "Tested the product in the workshop: the fault is confirmed.",
                   "Checked the delivery tracking: the parcel was marked as delivered.",
                   "Checked the card terminal log for the double payment.",
                   "Spoke to the staff on shift that day."],
        "update": ["Called the customer with an update: the part is on order.",
                   "Told the customer the technician is booked {on}.",
                   "Left a voicemail with an update and a new reply time.",
                   "Emailed the customer the results of the inspection."],
        "waiting": ["Asked the customer for photos of the damage.",
                    "Asked the customer when we can get into the flat.",
                    "Waiting for the customer to bring in the receipt."],
    },
    "resolution": {
        "refund": ["Full refund of {amount} to the original card.",
                   "Refund of {amount} paid in cash at the desk."],
        "exchange": ["Replaced {item_the} with a new one from stock.",
                     "Exchanged for the right product, delivered free of charge."],
        "repair": ["Repaired by our technician and tested together with the customer.",
                   "The contractor fixed the fault and checked the flats next door as well."],
        "repair_item": ["Repaired under warranty in our workshop.",
                        "Repaired free of charge; a loan appliance was provided meanwhile."],
        "compensation": ["Compensation of {amount} transferred to the customer's account.",
                         "Paid {amount} in compensation for the trouble."],
        "discount": ["A credit of {amount} on the next invoice.",
                     "A discount of {amount} on the next service charge."],
        "apology": ["A formal apology from the manager, in person.",
                    "A written apology; the matter was discussed with the whole team."],
        "explanation": ["Explained the terms and showed the inspection report; the complaint is "
                        "not upheld.", "Explained why the charge is correct; no refund is due."],
        "other_noise": ["Spoke to the neighbours; quiet hours agreed in writing."],
        "other_pests": ["The pest controller treated the building; a follow-up visit in two "
                        "weeks."],
        "other_cleaning_grounds": ["An extra cleaning round was done and the schedule is on "
                                   "the notice board."],
        "other_other_services": ["Request dealt with and confirmed in writing."],
        "other": ["Passed to the right department with a firm reply date."],
    },
    "reply_open": ["Thank you for your patience, and again our apologies.",
                   "We are sorry for the trouble this has caused you.",
                   "Once again, please accept our apologies."],
    "reply_close": ["Thank you for your trust, and for showing us what we must improve.",
                    "Thank you for telling us; it helps us do better.",
                    "We appreciate your patience and your trust in us."],
    "change": {"property": ["From now on the caretaker checks this every week.",
                            "We have added this to the building's maintenance plan."],
               "retail": ["We have added this check to our goods-in routine.",
                          "The whole team has been briefed so it does not happen again."]},
    "causes": {
        "unit_repairs": ("Old riser pipes in block {b} are corroding",
                         "Replace the risers in block {b}; inspect the other blocks yearly"),
        "noise": ("New tenants are not told the quiet hours",
                  "Quiet hours in the welcome pack and on every notice board"),
        "shared_facilities": ("The lift contract covers only one visit a month",
                              "New lift contract with a four-hour call-out"),
        "cleaning_grounds": ("The cleaning rota ignores bulky-waste days",
                             "Extra cleaning round after every bulky-waste day"),
        "pests": ("Gaps around the pipes in the basement let rats in",
                  "Seal the gaps; pest inspection every quarter"),
        "lost_mail": ("Mailboxes without name labels after tenants move",
                      "Label the mailbox on the day a new tenant gets the keys"),
        "other_services": ("Requests are kept on paper and get lost",
                           "Every request logged with a reply date"),
        "product_quality": ("One supplier's batch has a faulty part",
                            "Check every delivery from this supplier before it goes on sale"),
        "wrong_item": ("Look-alike products are stored side by side",
                       "Separate shelves, and scan every item at packing"),
        "delivery": ("The courier is overloaded at weekends",
                     "A second courier for Saturday deliveries"),
        "billing": ("The card terminal charges twice after a timeout",
                    "Terminal software updated; daily check of card payments"),
        "staff_attitude": ("Too few staff on Saturdays",
                           "An extra person on Saturdays and customer-care training"),
        "returns": ("The returns policy is not explained at the till",
                    "Policy printed on receipts; staff briefed"),
        "other": ("Messages are not passed on between shifts",
                  "A handover checklist at every change of shift"),
    },
    "report_to": "The department manager and the head of the office",
    "report_means": ["By phone", "In person", "By phone, confirmed by email"],
    "places": {"common": ["Lift, block {b}", "Entrance hall, block {b}", "Car park",
                          "Bin store behind block {b}", "Stairwell, block {b}", "Courtyard"],
               "mail": ["Mailboxes, ground floor of block {b}", "Reception"],
               "shop": ["In the shop", "Online shop", "Home delivery"]},
}

# ---------------------------------------------------------------------------- Dutch
NL = {
    "first": [("Jan", "jan", "m"), ("Sanne", "sanne", "f"), ("Pieter", "pieter", "m"),
              ("Femke", "femke", "f"), ("Daan", "daan", "m"), ("Lotte", "lotte", "f"),
              ("Bram", "bram", "m"), ("Anouk", "anouk", "f"), ("Joost", "joost", "m"),
              ("Eva", "eva", "f"), ("Mehmet", "mehmet", "m"), ("Fatima", "fatima", "f"),
              ("Gerrit", "gerrit", "m"), ("Ineke", "ineke", "f")],
    "last": [("de Vries", "devries"), ("Jansen", "jansen"), ("van Dijk", "vandijk"),
             ("Bakker", "bakker"), ("Visser", "visser"), ("Smit", "smit"),
             ("de Boer", "deboer"), ("Mulder", "mulder"), ("van den Berg", "vandenberg"),
             ("Dekker", "dekker"), ("Yılmaz", "yilmaz"), ("Hendriks", "hendriks")],
    "phone": "+31 6 {0}{1}{2}{3} {4}{5}{6}{7}",
    "mail": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com"],
    "buildings": ["Parkweg 14, 1012 AB Amsterdam", "Parkweg 16, 1012 AB Amsterdam",
                  "Zuiderhof 3, 1012 AC Amsterdam"],
    "streets": ["Kerkstraat {n}, 1017 GC Amsterdam", "Prinsengracht {n}, 1015 DZ Amsterdam",
                "Bilderdijkstraat {n}, 1053 KW Amsterdam", "Stationsweg {n}, 1111 AA Diemen"],
    "unit": "Appartement {n}",
    "since": ["sinds maandag", "sinds dinsdag", "sinds woensdag", "sinds donderdag",
              "sinds vrijdag", "sinds het weekend", "sinds vorige week"],
    "on": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "afgelopen zaterdag",
           "gisteren"],
    "days": ["twee dagen", "drie dagen", "vier dagen", "vijf dagen", "een week"],
    "items": [
        {"item": "wasmachine", "item_a": "een wasmachine", "item_the": "de wasmachine"},
        {"item": "stofzuiger", "item_a": "een stofzuiger", "item_the": "de stofzuiger"},
        {"item": "laptop", "item_a": "een laptop", "item_the": "de laptop"},
        {"item": "koffiezetapparaat", "item_a": "een koffiezetapparaat",
         "item_the": "het koffiezetapparaat"},
        {"item": "waterkoker", "item_a": "een waterkoker", "item_the": "de waterkoker"},
        {"item": "strijkijzer", "item_a": "een strijkijzer", "item_the": "het strijkijzer"},
        {"item": "bureaulamp", "item_a": "een bureaulamp", "item_the": "de bureaulamp"},
        {"item": "magnetron", "item_a": "een magnetron", "item_the": "de magnetron"},
        {"item": "blender", "item_a": "een blender", "item_the": "de blender"},
        {"item": "elektrische kachel", "item_a": "een elektrische kachel",
         "item_the": "de elektrische kachel"},
        {"item": "broodrooster", "item_a": "een broodrooster", "item_the": "de broodrooster"},
        {"item": "föhn", "item_a": "een föhn", "item_the": "de föhn"},
    ],
    "accounts": {
        "unit_repairs": [
            ("De verwarming in {unit} doet het {since} niet meer. We hebben kleine kinderen en "
             "het is ijskoud in huis.", "Vandaag de verwarming repareren",
             "Dus de verwarming in {unit} werkt {since} niet — klopt dat?"),
            ("Er druppelt steeds water uit het plafond van de badkamer. Er staat een emmer "
             "onder, maar die is elke ochtend vol.", "Een loodgieter sturen en het plafond "
             "herstellen", "Dus er lekt elke nacht water door het badkamerplafond — klopt dat?"),
            ("Het keukenraam in {unit} sluit niet goed; het tocht de hele dag.",
             "Het raam repareren of vervangen",
             "Dus het keukenraam sluit niet en het tocht — klopt dat?"),
            ("We hebben {since} geen warm water. Ik heb al twee keer gebeld en er is niemand "
             "gekomen.", "Deze week een loodgieter, op een afspraak die doorgaat",
             "Dus u heeft {since} geen warm water en er kwam niemand na twee telefoontjes — "
             "klopt dat?"),
        ],
        "noise": [
            ("De bovenburen draaien bijna elke nacht tot twee uur harde muziek.",
             "Met ze praten, zodat het ophoudt",
             "Dus er is de meeste nachten tot een uur of twee harde muziek van boven — klopt "
             "dat?"),
            ("De verbouwing naast ons begint om zeven uur 's ochtends, ook op zaterdag.",
             "Alleen werken op de toegestane tijden",
             "Dus de buren beginnen om zeven uur met verbouwen, ook op zaterdag — klopt dat?"),
            ("De hond van de buren blaft urenlang als ze niet thuis zijn. Dat gaat nu al {days} "
             "zo.", "De eigenaren aanspreken",
             "Dus de hond van de buren blaft al {days} urenlang — klopt dat?"),
            ("De ventilatie-unit op het dak bromt de hele nacht; met het raam open kunnen we "
             "niet slapen.", "De unit laten nakijken en stiller maken",
             "Dus de ventilatie op het dak houdt u 's nachts wakker — klopt dat?"),
        ],
        "shared_facilities": [
            ("De lift in blok {b} is {since} kapot. Mijn moeder is 82 en komt de trap niet op.",
             "De lift zo snel mogelijk weer laten werken",
             "Dus de lift in blok {b} werkt {since} niet en uw moeder kan de trap niet op — "
             "klopt dat?"),
            ("De voordeur gaat niet meer op slot; iedereen kan zo naar binnen lopen.",
             "Vandaag het slot repareren", "Dus de voordeur sluit niet meer af — klopt dat?"),
            ("In het trappenhuis van blok {b} doet de helft van de lampen het niet; 's avonds is "
             "het er aardedonker.", "De lampen vervangen",
             "Dus de verlichting in het trappenhuis van blok {b} is kapot — klopt dat?"),
            ("Het hek van de parkeergarage staat al {days} open en er parkeren vreemden op onze "
             "plekken.", "Het hek repareren en de vreemde auto's laten weghalen",
             "Dus het hek van de garage staat al {days} open — klopt dat?"),
        ],
        "cleaning_grounds": [
            ("De containers achter blok {b} zijn al {days} niet geleegd en het stinkt "
             "verschrikkelijk.", "De containers legen en het terrein schoonmaken",
             "Dus de containers achter blok {b} zijn al {days} vol — klopt dat?"),
            ("Het trappenhuis is al weken niet schoongemaakt; overal zand en folders.",
             "Schoonmaken en het schoonmaakrooster nakomen",
             "Dus het trappenhuis is al weken niet schoongemaakt — klopt dat?"),
            ("Het pad naar de ingang was niet gestrooid en ik ben vanochtend uitgegleden op het "
             "ijs.", "Bij vorst elke ochtend strooien",
             "Dus het pad was glad en niet gestrooid, en u bent vanochtend uitgegleden — klopt "
             "dat?"),
        ],
        "pests": [
            ("We hebben kakkerlakken in de keuken van {unit}; de buren hebben ze ook.",
             "Ongediertebestrijding in het hele gebouw",
             "Dus er zitten kakkerlakken in uw keuken en bij de buren — klopt dat?"),
            ("Ik heb deze week twee keer ratten gezien bij de vuilcontainers, op klaarlichte "
             "dag.", "De ongediertebestrijder inschakelen",
             "Dus u heeft deze week twee keer ratten gezien bij de containers — klopt dat?"),
            ("Er zit een wespennest boven onze balkondeur en de kinderen durven niet meer naar "
             "buiten.", "Het nest laten verwijderen",
             "Dus er zit een wespennest boven uw balkondeur — klopt dat?"),
        ],
        "lost_mail": [
            ("Er is {on} een pakket voor mij op uw kantoor afgeleverd en nu is het zoek. De "
             "bezorger zegt dat de receptie ervoor getekend heeft.",
             "Het pakket vinden of vergoeden",
             "Dus een pakket waarvoor de receptie {on} tekende, is zoek — klopt dat?"),
            ("Mijn post komt steeds in andere brievenbussen terecht; daardoor heb ik een brief "
             "van de Belastingdienst gemist.", "De naambordjes op de brievenbussen in orde "
             "maken", "Dus uw post komt steeds in de verkeerde brievenbus — klopt dat?"),
            ("Het slot van mijn brievenbus in blok {b} is kapot; mijn post is niet veilig.",
             "Het slot vervangen", "Dus het slot van uw brievenbus is kapot — klopt dat?"),
        ],
        "other_services": [
            ("De servicekosten zijn dit jaar weer omhooggegaan en niemand legt uit waarvoor we "
             "betalen.", "Een specificatie van de servicekosten",
             "Dus u wilt weten waarom de servicekosten stijgen en wat erin zit — klopt dat?"),
            ("Ik heb {days} geleden een parkeervergunning aangevraagd en nog niets gehoord.",
             "Deze week de vergunning",
             "Dus u vroeg {days} geleden een vergunning aan en kreeg geen antwoord — klopt "
             "dat?"),
            ("De nieuwe sleuteldruppel waarvoor ik betaald heb, werkt niet op de "
             "fietsenstalling.", "Een druppel die werkt, of mijn geld terug",
             "Dus de betaalde druppel opent de fietsenstalling niet — klopt dat?"),
        ],
        "product_quality": [
            ("We hebben hier {on} {item_a} gekocht en het ding doet het nu al niet meer.",
             "Ons geld terug",
             "Dus {item_the} die u {on} kocht, werkt nu al niet meer — klopt dat?"),
            ("Na twee weken maakt {item_the} een vreemd, hard geluid.", "Een nieuw exemplaar",
             "Dus na twee weken maakt {item_the} een vreemd geluid — klopt dat?"),
            ("De doos zag er goed uit, maar {item_the} zat vol krassen en er ontbrak één "
             "onderdeel.", "Een nieuw, compleet exemplaar",
             "Dus {item_the} had krassen en was niet compleet — klopt dat?"),
            ("Dit is al het tweede exemplaar ({item}) uit uw winkel dat binnen een maand kapot "
             "is.", "Reparatie onder garantie of een beter model",
             "Dus dit is al de tweede {item} die binnen een maand kapotging — klopt dat?"),
        ],
        "wrong_item": [
            ("Ik heb {item_a} in het zwart besteld, maar ik kreeg een wit exemplaar.",
             "Omruilen voor de kleur die ik besteld heb",
             "Dus u bestelde zwart en kreeg wit — klopt dat?"),
            ("Op de doos stond '{item}', maar er zat iets heel anders in.",
             "Het product waarvoor ik betaald heb",
             "Dus op de doos stond {item}, maar er zat iets anders in — klopt dat?"),
            ("Aan de kassa kreeg ik het verkeerde model mee; dat zag ik pas thuis.",
             "Omruilen voor het goede model",
             "Dus u kreeg het verkeerde model mee en zag dat thuis — klopt dat?"),
        ],
        "delivery": [
            ("Mijn bestelling {order} zou {on} komen en is er nog steeds niet.",
             "Deze week leveren of mijn geld terug",
             "Dus bestelling {order} had er {on} moeten zijn en is niet gekomen — klopt dat?"),
            ("Ik had een vrije dag genomen voor de bezorging, tot zes uur gewacht, en er kwam "
             "niemand. Ook geen telefoontje.", "Een vergoeding voor de verloren dag",
             "Dus u heeft de hele dag thuis gewacht en de levering kwam niet — klopt dat?"),
            ("De bezorger heeft {item_the} buiten voor de deur in de regen gezet.",
             "Een nieuw exemplaar of een vergoeding",
             "Dus {item_the} is buiten in de regen gezet — klopt dat?"),
            ("De bezorgers hebben de muur in de gang beschadigd toen ze {item_the} naar binnen "
             "droegen.", "Herstel van de muur",
             "Dus de muur in uw gang is bij de bezorging beschadigd — klopt dat?"),
        ],
        "billing": [
            ("Er is twee keer {amount} afgeschreven voor één aankoop, en de financiële afdeling "
             "reageert niet op mijn mails.", "De tweede betaling terug",
             "Dus u heeft voor één aankoop twee keer {amount} betaald — klopt dat?"),
            ("Op de bon staat {amount}, maar in het schap stond een lagere prijs.",
             "Het verschil terug",
             "Dus u betaalde {amount}, terwijl de prijs in het schap lager was — klopt dat?"),
            ("Ik heb {on} {item_the} teruggebracht en de {amount} staat nog steeds niet op mijn "
             "rekening.", "Nu het geld terugstorten",
             "Dus de terugbetaling van {amount} is nog niet binnen — klopt dat?"),
        ],
        "staff_attitude": [
            ("De medewerker aan de kassa was onbeleefd en lachte om mijn vraag.",
             "Excuses", "Dus de medewerker was onbeleefd en lachte u uit — klopt dat?"),
            ("Ik heb twintig minuten bij de servicebalie gestaan terwijl twee medewerkers met "
             "elkaar stonden te kletsen.", "Serieus genomen worden",
             "Dus u bent twintig minuten genegeerd bij de servicebalie — klopt dat?"),
            ("Toen ik {item_the} wilde terugbrengen, verhief de medewerker zijn stem waar andere "
             "klanten bij stonden.", "Excuses, en de retour alsnog aannemen",
             "Dus een medewerker verhief zijn stem tegen u bij het terugbrengen — klopt dat?"),
        ],
        "returns": [
            ("U wilde {item_the} niet terugnemen, terwijl ik de bon nog heb en het ongebruikt "
             "is.", "Terugnemen en mijn geld terug",
             "Dus de retour werd geweigerd, hoewel het ongebruikt is en u de bon heeft — klopt "
             "dat?"),
            ("Ik kreeg alleen een tegoedbon aangeboden en niet mijn geld terug.",
             "Het geld terug op mijn rekening",
             "Dus u kreeg alleen een tegoedbon aangeboden — klopt dat?"),
            ("Ik heb {item_the} {days} geleden teruggebracht en sindsdien niets meer gehoord.",
             "Deze week mijn geld terug",
             "Dus u bracht {item_the} {days} geleden terug en hoorde niets meer — klopt dat?"),
        ],
        "other": [
            ("Ik heb drie keer gebeld en elke keer werd gezegd dat iemand zou terugbellen. "
             "Niemand heeft gebeld.", "Een telefoontje van iemand die kan beslissen",
             "Dus er is u drie keer terugbellen beloofd en niemand belde — klopt dat?"),
            ("Uw kantoor was dicht tijdens de openingstijden die op de deur staan.",
             "U houden aan de openingstijden",
             "Dus het kantoor was dicht tijdens de openingstijden — klopt dat?"),
        ],
    },
    "incidents": {
        "fire_bins": ("Er hing rook in het trappenhuis van blok {b}: de containers bij de ingang "
                      "stonden in brand. De brandweer is gekomen.",
                      "Het containerhok veilig maken en uitzoeken wie het deed",
                      "Dus de containers bij de ingang van blok {b} brandden en het trappenhuis "
                      "stond vol rook — klopt dat?"),
        "fire_item": ("We hebben hier {on} {item_a} gekocht; gisteravond begon het ding te roken "
                      "en vatte vlam. We hebben het zelf geblust.",
                      "Ons geld terug en een vergoeding voor het verbrande aanrecht",
                      "Dus {item_the} vatte gisteravond vlam en u heeft het zelf geblust — klopt "
                      "dat?"),
        "lift_trapped": ("Mijn man heeft veertig minuten vastgezeten in de lift van blok {b} en "
                         "niemand reageerde op de alarmknop.",
                         "Een echte reparatie en een alarmlijn die opneemt",
                         "Dus uw man zat veertig minuten vast en het alarm werd niet beantwoord "
                         "— klopt dat?"),
        "lift_power": ("De stroom viel uit in blok {b} en mijn buurvrouw en ik zaten in het "
                       "donker vast in de lift.", "Uitzoeken waarom, en zorgen dat het niet meer "
                       "gebeurt", "Dus door de stroomstoring zat u vast in de lift — klopt dat?"),
        "gas_bang": ("Vanochtend was er een harde knal in de ketelruimte en nu ruikt het naar gas "
                     "in de kelder.", "Direct controleren en zeggen of het veilig is",
                     "Dus er was een knal in de ketelruimte en nu ruikt het naar gas — klopt "
                     "dat?"),
        "power_out": ("Heel blok {b} zit sinds vanochtend zonder stroom; de koelkast en de "
                      "vriezer ontdooien.", "De stroom terug en het bedorven eten vergoeden",
                      "Dus blok {b} heeft sinds vanochtend geen stroom — klopt dat?"),
        "flood_ceiling": ("Er stroomt water door het plafond van {unit} vanuit de bovenburen en "
                          "de vloer staat blank.", "Nu het lek stoppen en de schade vergoeden",
                          "Dus er stroomt water door uw plafond van boven — klopt dat?"),
        "flood_power": ("Het water liep via het keukenplafond in de lamp en nu is er geen stroom "
                        "in {unit}.", "Vandaag een elektricien en een loodgieter",
                        "Dus het lek zit in de lamp en {unit} heeft geen stroom — klopt dat?"),
        "flood_basement": ("De bergingen in de kelder van blok {b} zijn ondergelopen; onze "
                           "spullen staan in het water.", "Het water wegpompen en de schade "
                           "vergoeden", "Dus de bergingen van blok {b} staan onder water — "
                           "klopt dat?"),
        "bikes_stolen": ("Vannacht is er ingebroken in de fietsenstalling van blok {b}; drie "
                         "fietsen zijn weg, ook die van mij.",
                         "Een nieuw slot, een camera en hulp bij de verzekering",
                         "Dus er is ingebroken in de stalling en uw fiets is gestolen — klopt "
                         "dat?"),
        "mail_stolen": ("Vannacht zijn in blok {b} meerdere brievenbussen opengebroken en een "
                        "brief van mijn bank is weg.", "De brievenbussen herstellen en aangifte "
                        "doen", "Dus de brievenbussen zijn opengebroken en uw bankbrief is weg "
                        "— klopt dat?"),
        "dealing": ("Er wordt elke avond gedeald in het trappenhuis van blok {b}. Ik durf niet "
                    "meer naar buiten.", "De politie inlichten en een deur die op slot gaat",
                    "Dus er wordt elke avond gedeald in het trappenhuis — klopt dat?"),
        "collective_noise": ("Ik kom namens vijf huishoudens op onze verdieping: de kroeg op de "
                             "begane grond draait elke nacht harde muziek.",
                             "Schriftelijke afspraken met de kroeg over de nachtrust",
                             "Dus vijf huishoudens klagen over muziek van de kroeg — klopt dat?"),
        "collective_pests": ("Vier gezinnen in blok {b}, wij ook, hebben ratten in huis. We "
                             "dienen samen een klacht in.",
                             "Deze week ongediertebestrijding in het hele gebouw",
                             "Dus vier huishoudens in blok {b} hebben ratten — klopt dat?"),
        "heating_plant": ("De centrale verwarming van het hele gebouw is uitgevallen; geen "
                          "enkele buur heeft verwarming of warm water.",
                          "Een spoedreparatie en kachels voor de oudere bewoners",
                          "Dus de cv is in het hele gebouw uitgevallen — klopt dat?"),
        "aircon_plant": ("De centrale airconditioning in blok {b} is uitgevallen tijdens de "
                         "hittegolf; het is 31 graden in huis.",
                         "Vandaag repareren, en intussen ventilatoren",
                         "Dus de airco in blok {b} is uitgevallen in de hitte — klopt dat?"),
        "crack_wall": ("Er zit een brede scheur in de woonkamermuur van {unit} en die wordt elke "
                       "dag langer.", "Een constructeur die kijkt of het gebouw veilig is",
                       "Dus de scheur in uw muur groeit elke dag — klopt dat?"),
    },
    "claims": {"retail": ["{amount} terug", "{amount} terug en schriftelijke excuses"],
               "property": ["Een schadevergoeding van {amount}", "{amount} voor de reparatiekosten",
                            "Een korting van {amount} op de servicekosten"]},
    "openers": ["Ik wil een klacht indienen.", "Goedemorgen.",
                "Sorry dat ik stoor, maar zo kan het niet langer.",
                "Bellen helpt niet, dus ik zet het op papier."],
    "closers": ["Graag een terugbelverzoek.", "Ik hoop dat het snel wordt opgelost.",
                "Ik ben het echt zat.", "Alvast bedankt."],
    "repeat": ["Dit is de derde keer dat ik hierover klaag.",
               "Ik heb precies hetzelfde vorige maand gemeld en er is niets gebeurd."],
    "media": ["Als dit deze week niet is opgelost, stap ik naar de krant.",
              "Mijn advocaat heeft me aangeraden dit op schrift te zetten; desnoods stap ik naar "
              "de rechter."],
    "relational": ["Ik woon hier twaalf jaar en ben nog nooit zo behandeld.",
                   "Eerlijk gezegd geloof ik niets meer van wat uw kantoor belooft.",
                   "Ik ben al jaren een trouwe klant, maar dit is de laatste keer."],
    "subject": "Op het naamkaartje stond {staff}.",
    "qa": {
        "property": [
            ("Wanneer merkte u het voor het eerst?", "Het begon {since}."),
            ("Heeft iemand er eerder naar gekeken?", "Ja, vorige maand, maar het kwam terug."),
            ("Wie heeft er nog meer last van?", "De buren op onze verdieping ook, denk ik."),
            ("Wanneer kunnen we in de woning terecht?", "Elke doordeweekse dag na vieren, als "
             "u even belt."),
            ("Is er iemand extra kwetsbaar, zoals kinderen, ouderen of zieken?",
             "Mijn moeder woont bij ons; zij is 80."),
            ("Heeft u foto's?", "Ja, die mail ik vandaag nog."),
        ],
        "retail": [
            ("Wanneer heeft u het gekocht?", "Ik heb het {on} gekocht."),
            ("Heeft u de bon nog?", "Alleen het bankafschrift."),
            ("Wat gebeurde er precies?", "Het hield er gewoon mee op. Geen geur, geen geluid."),
            ("Hoe heeft u het gebruikt?", "Gewoon, zoals in de handleiding staat."),
            ("Heeft u er eerder contact over gehad?", "Ik heb vrijdag gebeld, maar niemand belde "
             "terug."),
            ("Wat zou het voor u goedmaken?", "Eerlijk gezegd: gewoon een exemplaar dat werkt."),
        ],
    },
    "notes": {
        "ack": ["Klant teruggebeld: klacht bevestigd en de volgende stappen uitgelegd.",
                "Klant gemaild met ontvangstbevestiging en de afgesproken reactietijd.",
                "Klant aan de balie gesproken en afgesproken wanneer we terugbellen."],
        "property": ["Loodgieter gevraagd om {on} langs te komen.", "Liftbedrijf gebeld voor een "
                     "spoedstoring.", "Onderhoudslog bekeken: dezelfde storing is vorig voorjaar "
                     "gemeld.", "Offerte opgevraagd bij de aannemer.",
                     "De huismeester kijkt vanmiddag in blok {b}.",
                     "Bericht opgehangen op het mededelingenbord van blok {b}."],
        "retail": ["Bestelling opgezocht in het kassasysteem.", "Leverancier gevraagd naar een "
                   "vervangend exemplaar.", "Product getest in de werkplaats: defect bevestigd.",
                   "Track & trace bekeken: pakket staat als bezorgd.",
                   "Log van de pinautomaat gecontroleerd op de dubbele betaling.",
                   "Gesproken met de medewerkers die die dag dienst hadden."],
        "update": ["Klant gebeld met een update: het onderdeel is besteld.",
                   "Klant laten weten dat de monteur {on} komt.",
                   "Voicemail ingesproken met een update en een nieuwe reactietijd.",
                   "Klant de uitkomst van de inspectie gemaild."],
        "waiting": ["Klant gevraagd om foto's van de schade.",
                    "Klant gevraagd wanneer we in de woning terecht kunnen.",
                    "Wachten tot de klant de bon komt brengen."],
    },
    "resolution": {
        "refund": ["Volledige terugbetaling van {amount} op de oorspronkelijke rekening.",
                   "{amount} contant terugbetaald aan de balie."],
        "exchange": ["Vervangen door een nieuw exemplaar uit de voorraad.",
                     "Omgeruild voor het juiste product, gratis bezorgd."],
        "repair": ["Gerepareerd door onze monteur en samen met de klant getest.",
                   "De aannemer heeft de storing verholpen en ook de buren gecontroleerd."],
        "repair_item": ["Onder garantie gerepareerd in onze werkplaats.",
                        "Gratis gerepareerd; intussen kreeg de klant een leenapparaat."],
        "compensation": ["Schadevergoeding van {amount} overgemaakt naar de klant.",
                         "{amount} vergoed voor het ongemak."],
        "discount": ["Tegoed van {amount} op de volgende factuur.",
                     "Korting van {amount} op de volgende servicekosten."],
        "apology": ["Officiële excuses van de manager, persoonlijk.",
                    "Schriftelijke excuses; de zaak is met het hele team besproken."],
        "explanation": ["De voorwaarden uitgelegd en het inspectierapport laten zien; de klacht "
                        "is niet gegrond.", "Uitgelegd waarom het bedrag klopt; geen "
                        "terugbetaling."],
        "other_noise": ["Met de buren gesproken; rusttijden schriftelijk afgesproken."],
        "other_pests": ["Het gebouw is behandeld door de ongediertebestrijder; controle over "
                        "twee weken."],
        "other_cleaning_grounds": ["Extra schoonmaakronde gedaan; het rooster hangt op het "
                                   "mededelingenbord."],
        "other_other_services": ["Aanvraag afgehandeld en schriftelijk bevestigd."],
        "other": ["Doorgezet naar de juiste afdeling, met een vaste reactiedatum."],
    },
    "reply_open": ["Dank voor uw geduld, en nogmaals onze excuses.",
                   "Het spijt ons dat u hierdoor last heeft gehad.",
                   "Nogmaals onze oprechte excuses."],
    "reply_close": ["Dank voor uw vertrouwen, en dat u ons laat zien wat beter moet.",
                    "Bedankt dat u het ons heeft laten weten; zo kunnen we het beter doen.",
                    "We waarderen uw geduld en uw vertrouwen."],
    "change": {"property": ["Voortaan controleert de huismeester dit elke week.",
                            "Dit staat nu in het onderhoudsplan van het gebouw."],
               "retail": ["Deze controle hoort nu bij de ontvangst van elke levering.",
                          "Het hele team is erover geïnformeerd, zodat het niet meer gebeurt."]},
    "causes": {
        "unit_repairs": ("Oude standleidingen in blok {b} roesten door",
                         "Standleidingen in blok {b} vervangen; andere blokken jaarlijks keuren"),
        "noise": ("Nieuwe huurders kennen de rusttijden niet",
                  "Rusttijden in het welkomstpakket en op elk mededelingenbord"),
        "shared_facilities": ("Het liftcontract dekt maar één bezoek per maand",
                              "Nieuw liftcontract met storingsdienst binnen vier uur"),
        "cleaning_grounds": ("Het schoonmaakrooster houdt geen rekening met grofvuildagen",
                             "Extra schoonmaakronde na elke grofvuildag"),
        "pests": ("Kieren rond de leidingen in de kelder laten ratten binnen",
                  "Kieren dichten; elk kwartaal een inspectie"),
        "lost_mail": ("Brievenbussen zonder naambordje na een verhuizing",
                      "Naambordje plaatsen op de dag dat een huurder de sleutels krijgt"),
        "other_services": ("Aanvragen liggen op papier en raken zoek",
                           "Elke aanvraag registreren met een reactiedatum"),
        "product_quality": ("Eén partij van een leverancier heeft een defect onderdeel",
                            "Elke levering van deze leverancier controleren vóór verkoop"),
        "wrong_item": ("Producten die op elkaar lijken staan naast elkaar",
                       "Aparte schappen en elk artikel scannen bij het inpakken"),
        "delivery": ("De koerier is in het weekend overbelast",
                     "Een tweede koerier voor zaterdagleveringen"),
        "billing": ("De pinautomaat schrijft na een time-out twee keer af",
                    "Software van de pinautomaat bijgewerkt; dagelijkse controle"),
        "staff_attitude": ("Te weinig personeel op zaterdag",
                           "Eén medewerker extra op zaterdag en een klantvriendelijkheidstraining"),
        "returns": ("Het retourbeleid wordt aan de kassa niet uitgelegd",
                    "Beleid op de bon gedrukt; personeel geïnstrueerd"),
        "other": ("Berichten worden niet doorgegeven tussen diensten",
                  "Een overdrachtslijst bij elke dienstwissel"),
    },
    "report_to": "De afdelingsmanager en het hoofd van het kantoor",
    "report_means": ["Telefonisch", "Persoonlijk", "Telefonisch, bevestigd per e-mail"],
    "places": {"common": ["Lift, blok {b}", "Entree, blok {b}", "Parkeergarage",
                          "Containerhok achter blok {b}", "Trappenhuis, blok {b}", "Binnenplaats"],
               "mail": ["Brievenbussen, begane grond blok {b}", "Receptie"],
               "shop": ["In de winkel", "Webwinkel", "Thuisbezorging"]},
}

# ---------------------------------------------------------------------------- Russian
RU = {
    "first": [("Иван", "ivan", "m"), ("Ольга", "olga", "f"), ("Алексей", "aleksei", "m"),
              ("Наталья", "natalia", "f"), ("Дмитрий", "dmitry", "m"), ("Елена", "elena", "f"),
              ("Сергей", "sergei", "m"), ("Мария", "maria", "f"), ("Андрей", "andrei", "m"),
              ("Татьяна", "tatiana", "f"), ("Михаил", "mikhail", "m"), ("Анна", "anna", "f"),
              ("Виктор", "viktor", "m"), ("Светлана", "svetlana", "f")],
    # Masculine forms; demo.py makes the feminine one (Петров → Петрова, -ский → -ская).
    "last": [("Петров", "petrov"), ("Смирнов", "smirnov"), ("Кузнецов", "kuznetsov"),
             ("Попов", "popov"), ("Соколов", "sokolov"), ("Лебедев", "lebedev"),
             ("Новиков", "novikov"), ("Морозов", "morozov"), ("Волков", "volkov"),
             ("Ковальский", "kovalsky"), ("Ильин", "ilyin"), ("Шевченко", "shevchenko")],
    "phone": "+7 9{0}{1} {2}{3}{4}-{5}{6}-{7}{8}",
    "mail": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru"],
    "buildings": ["ул. Садовая, д. 14, Москва", "Лесной пр-т, д. 7, корп. 2, Москва",
                  "ул. Строителей, д. 25, Москва"],
    "streets": ["ул. Ленина, д. {n}, Москва", "Невский пр-т, д. {n}, Санкт-Петербург",
                "ул. Гагарина, д. {n}, Химки", "ул. Мира, д. {n}, Мытищи"],
    "unit": "кв. {n}",
    "since": ["с понедельника", "со вторника", "со среды", "с четверга", "с пятницы",
              "с выходных", "с прошлой недели"],
    "on": ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу",
           "вчера"],
    "days": ["два дня", "три дня", "четыре дня", "пять дней", "неделю"],
    "items": [
        {"item": "стиральная машина", "item_acc": "стиральную машину"},
        {"item": "пылесос", "item_acc": "пылесос"},
        {"item": "ноутбук", "item_acc": "ноутбук"},
        {"item": "кофеварка", "item_acc": "кофеварку"},
        {"item": "электрочайник", "item_acc": "электрочайник"},
        {"item": "утюг", "item_acc": "утюг"},
        {"item": "настольная лампа", "item_acc": "настольную лампу"},
        {"item": "микроволновка", "item_acc": "микроволновку"},
        {"item": "блендер", "item_acc": "блендер"},
        {"item": "обогреватель", "item_acc": "обогреватель"},
        {"item": "тостер", "item_acc": "тостер"},
        {"item": "фен", "item_acc": "фен"},
    ],
    "accounts": {
        "unit_repairs": [
            ("В {unit} нет отопления {since}. У нас маленькие дети, дома очень холодно.",
             "Починить отопление сегодня",
             "То есть в {unit} нет отопления {since}, верно?"),
            ("С потолка в ванной постоянно капает вода. Подставили ведро — к утру оно полное.",
             "Прислать сантехника и отремонтировать потолок",
             "То есть каждую ночь с потолка в ванной течёт вода, правильно?"),
            ("Окно на кухне не закрывается до конца, весь день дует.",
             "Отремонтировать или заменить окно",
             "То есть кухонное окно не закрывается и дует, верно?"),
            ("Горячей воды нет {since}. Звонили уже дважды — никто не пришёл.",
             "Сантехника на этой неделе, и чтобы пришёл в назначенный день",
             "То есть горячей воды нет {since}, а после двух звонков никто не пришёл, так?"),
        ],
        "noise": [
            ("Соседи сверху почти каждую ночь до двух часов включают громкую музыку.",
             "Поговорить с ними, чтобы это прекратилось",
             "То есть почти каждую ночь до двух часов сверху громкая музыка, верно?"),
            ("Ремонт в соседней квартире начинается в семь утра, даже по субботам.",
             "Чтобы работы шли только в разрешённое время",
             "То есть соседи начинают ремонт в семь утра, в том числе по субботам, так?"),
            ("Собака у соседей часами лает, когда хозяев нет дома. Это продолжается уже {days}.",
             "Поговорить с хозяевами собаки",
             "То есть собака у соседей лает часами уже {days}, правильно?"),
            ("Вентиляция на крыше гудит всю ночь, с открытым окном спать невозможно.",
             "Проверить вентиляцию и сделать её тише",
             "То есть вентиляция на крыше мешает вам спать по ночам, верно?"),
        ],
        "shared_facilities": [
            ("Лифт в корпусе {b} не работает {since}. Маме 82 года, по лестнице она не "
             "поднимется.", "Как можно скорее запустить лифт",
             "То есть лифт в корпусе {b} не работает {since}, а мама не может ходить по "
             "лестнице, так?"),
            ("Входная дверь в подъезд больше не запирается, заходит кто угодно.",
             "Сегодня же починить замок",
             "То есть дверь подъезда больше не запирается, верно?"),
            ("В подъезде корпуса {b} не горит половина ламп, вечером там темно.",
             "Заменить лампы", "То есть в подъезде корпуса {b} не горит свет, правильно?"),
            ("Ворота парковки открыты уже {days}, на наших местах стоят чужие машины.",
             "Починить ворота и убрать чужие машины",
             "То есть ворота парковки не закрываются уже {days}, так?"),
        ],
        "cleaning_grounds": [
            ("Мусорные баки за корпусом {b} не вывозили уже {days}, запах ужасный.",
             "Вывезти мусор и убрать площадку",
             "То есть баки за корпусом {b} не вывозили уже {days}, верно?"),
            ("В подъезде неделями не убирают: песок, листовки повсюду.",
             "Убрать и соблюдать график уборки",
             "То есть подъезд не убирали несколько недель, правильно?"),
            ("Дорожку к подъезду не посыпали, сегодня утром на ней можно было сломать ногу.",
             "Посыпать дорожки каждое морозное утро",
             "То есть дорожка была скользкой и её не посыпали, так?"),
        ],
        "pests": [
            ("На кухне в {unit} тараканы, соседи говорят, что у них тоже.",
             "Обработать от насекомых весь дом",
             "То есть у вас на кухне тараканы, и у соседей тоже, верно?"),
            ("На этой неделе дважды видели крыс возле мусорки, средь бела дня.",
             "Вызвать дезинсекцию", "То есть крыс у мусорки видели дважды за неделю, так?"),
            ("Над балконной дверью осиное гнездо, дети боятся выходить на балкон.",
             "Убрать гнездо", "То есть над балконной дверью осиное гнездо, правильно?"),
        ],
        "lost_mail": [
            ("Посылку, которую для меня привезли в офис {on}, так и не отдали. Курьер говорит, "
             "что на ресепшене за неё расписались.", "Найти посылку или возместить её",
             "То есть посылка, за которую расписались {on}, пропала, верно?"),
            ("Мои письма постоянно попадают в чужие почтовые ящики, из-за этого пропало письмо "
             "из налоговой.", "Подписать почтовые ящики правильно",
             "То есть вашу почту постоянно кладут в чужие ящики, так?"),
            ("Сломан замок моего почтового ящика в корпусе {b}, почта не в безопасности.",
             "Заменить замок", "То есть замок вашего почтового ящика сломан, верно?"),
        ],
        "other_services": [
            ("Плата за обслуживание в этом году снова выросла, и никто не объяснил, за что мы "
             "платим.", "Подробную расшифровку платы за обслуживание",
             "То есть вы хотите знать, почему выросла плата и что в неё входит, правильно?"),
            ("Подали заявление на парковочное разрешение {days} назад — ответа до сих пор нет.",
             "Разрешение на этой неделе",
             "То есть заявление подано {days} назад и ответа нет, так?"),
            ("Новый электронный ключ, за который мы заплатили, не открывает велосипедную.",
             "Рабочий ключ или деньги назад",
             "То есть оплаченный ключ не открывает велосипедную, верно?"),
        ],
        "product_quality": [
            ("Купили у вас {item_acc} {on}, а уже не включается.", "Вернуть деньги",
             "То есть товар ({item}), купленный {on}, уже не работает, правильно?"),
            ("Прошло две недели, а {item} уже страшно гремит при работе.", "Заменить товар",
             "То есть через две недели {item} сильно шумит при работе, верно?"),
            ("Коробка была целая, а внутри всё поцарапано и не хватает одной детали.",
             "Новый товар, полностью укомплектованный",
             "То есть товар оказался поцарапанным и некомплектным, так?"),
            ("Это уже второй товар из вашего магазина ({item}), который сломался за месяц.",
             "Ремонт по гарантии или модель получше",
             "То есть это уже второй такой товар, сломавшийся за месяц, верно?"),
        ],
        "wrong_item": [
            ("Заказывали {item_acc} в чёрном цвете, а привезли в белом.",
             "Обменять на заказанный цвет",
             "То есть заказывали чёрный цвет, а получили белый, правильно?"),
            ("На коробке написано «{item}», а внутри совсем другой товар.",
             "Товар, за который заплатили",
             "То есть в коробке с надписью «{item}» оказался другой товар, так?"),
            ("На кассе дали не ту модель, заметили только дома.", "Обменять на нужную модель",
             "То есть на кассе выдали не ту модель, верно?"),
        ],
        "delivery": [
            ("Заказ {order} обещали привезти {on}, но его до сих пор нет.",
             "Доставить на этой неделе или вернуть деньги",
             "То есть заказ {order} должны были привезти {on}, а его нет, правильно?"),
            ("Специально взяли отгул, ждали доставку до шести вечера — никто не приехал и не "
             "позвонил.", "Компенсацию за потерянный день",
             "То есть вы прождали весь день, а доставка так и не приехала, верно?"),
            ("Курьер оставил {item_acc} у двери под дождём.", "Замену или компенсацию",
             "То есть курьер оставил товар под дождём, так?"),
            ("Грузчики поцарапали стену в прихожей, когда заносили {item_acc}.",
             "Отремонтировать стену",
             "То есть при доставке поцарапали стену в прихожей, правильно?"),
        ],
        "billing": [
            ("С карты дважды списали {amount} за одну покупку.", "Вернуть второе списание",
             "То есть за одну покупку дважды списали {amount}, верно?"),
            ("В чеке {amount}, а на ценнике было меньше.", "Вернуть разницу",
             "То есть по чеку {amount}, хотя на ценнике цена была ниже, так?"),
            ("Вернули {item_acc} {on}, а деньги ({amount}) так и не пришли на карту.",
             "Вернуть деньги сейчас",
             "То есть возврат {amount} до сих пор не пришёл на карту, правильно?"),
        ],
        "staff_attitude": [
            ("Кассир нагрубил и посмеялся над моим вопросом. Хочу подать жалобу.",
             "Извинения", "То есть кассир нагрубил и посмеялся над вами, верно?"),
            ("Двадцать минут ждали у стойки обслуживания, а два сотрудника болтали между собой "
             "и не обращали внимания.", "Чтобы к нам отнеслись серьёзно",
             "То есть вас двадцать минут не замечали у стойки обслуживания, так?"),
            ("Когда хотели вернуть {item_acc}, сотрудник повысил голос при других покупателях.",
             "Извинения и принять возврат",
             "То есть при возврате сотрудник повысил на вас голос, правильно?"),
        ],
        "returns": [
            ("Отказались принять обратно {item_acc}, хотя чек есть и товаром не пользовались.",
             "Принять товар и вернуть деньги",
             "То есть в возврате отказали, хотя есть чек и товар не использовался, верно?"),
            ("Сказали, что деньги не вернут, только дадут подарочный сертификат.",
             "Вернуть деньги на карту",
             "То есть вместо денег предложили только сертификат, так?"),
            ("Товар ({item}) вернули {days} назад, и с тех пор никаких новостей.",
             "Вернуть деньги на этой неделе",
             "То есть товар вернули {days} назад, и ответа нет, правильно?"),
        ],
        "other": [
            ("Три раза звонили в офис, каждый раз обещали перезвонить. Никто не перезвонил.",
             "Звонок от того, кто может принять решение",
             "То есть вам трижды обещали перезвонить, и никто не перезвонил, верно?"),
            ("Офис был закрыт в часы работы, указанные на двери.",
             "Соблюдать часы работы",
             "То есть офис был закрыт в часы работы, так?"),
        ],
    },
    "incidents": {
        "fire_bins": ("В подъезде корпуса {b} был дым: горели мусорные баки у входа. Приезжали "
                      "пожарные.", "Обезопасить мусорную площадку и найти виновных",
                      "То есть у входа в корпус {b} горели баки и подъезд был в дыму, верно?"),
        "fire_item": ("Купили у вас {item_acc} {on}, а вчера вечером из прибора пошёл дым "
                      "и начался пожар. Потушили сами.",
                      "Вернуть деньги и возместить сгоревшую столешницу",
                      "То есть вчера товар загорелся и вы потушили его сами, так?"),
        "lift_trapped": ("Муж сорок минут просидел в застрявшем лифте в корпусе {b}, на кнопку "
                         "вызова никто не ответил.",
                         "Нормальный ремонт и диспетчер, который отвечает",
                         "То есть муж сорок минут был заперт в лифте, а диспетчер не ответил, "
                         "правильно?"),
        "lift_power": ("В корпусе {b} отключили свет, и мы с соседкой застряли в лифте в "
                       "темноте.", "Выяснить причину и не допустить повторения",
                       "То есть из-за отключения света вы застряли в лифте, верно?"),
        "gas_bang": ("Утром в котельной был громкий хлопок, теперь в подвале пахнет газом.",
                     "Немедленно проверить и сообщить, безопасно ли это",
                     "То есть в котельной был хлопок и теперь пахнет газом, так?"),
        "power_out": ("Во всём корпусе {b} с утра нет электричества, холодильник и морозилка "
                      "размораживаются.", "Вернуть свет и возместить испорченные продукты",
                      "То есть в корпусе {b} с утра нет света, верно?"),
        "flood_ceiling": ("В {unit} с потолка хлещет вода от соседей сверху, пол залит.",
                          "Немедленно перекрыть воду и возместить ущерб",
                          "То есть соседи сверху заливают вашу квартиру, правильно?"),
        "flood_power": ("Вода с потолка на кухне попала в светильник, и теперь в {unit} нет "
                        "света.", "Сегодня же электрика и сантехника",
                        "То есть протечка попала в проводку и в {unit} нет света, так?"),
        "flood_basement": ("Подвальные кладовки корпуса {b} затоплены, наши вещи стоят в воде.",
                           "Откачать воду и возместить ущерб",
                           "То есть кладовки в корпусе {b} затоплены, верно?"),
        "bikes_stolen": ("Ночью взломали велосипедную в корпусе {b}, пропали три велосипеда, в "
                         "том числе мой.", "Новый замок, камеру и помощь со страховкой",
                         "То есть велосипедную взломали и ваш велосипед украли, правильно?"),
        "mail_stolen": ("Ночью в корпусе {b} взломали несколько почтовых ящиков, пропало письмо "
                        "из банка.", "Починить ящики и заявить в полицию",
                        "То есть ящики взломаны и письмо из банка пропало, так?"),
        "dealing": ("Каждый вечер в подъезде корпуса {b} торгуют наркотиками. Страшно выйти из "
                    "дома.", "Сообщить в полицию и поставить нормальную дверь",
                    "То есть каждый вечер в подъезде торгуют наркотиками, верно?"),
        "collective_noise": ("Пришла от имени пяти квартир нашего этажа: бар на первом этаже "
                             "каждую ночь включает громкую музыку.",
                             "Письменная договорённость с баром о тишине по ночам",
                             "То есть пять квартир жалуются на музыку из бара каждую ночь, так?"),
        "collective_pests": ("У четырёх семей в корпусе {b}, и у нас тоже, в квартирах крысы. "
                             "Подаём жалобу вместе.", "Дератизация всего дома на этой неделе",
                             "То есть крысы в четырёх квартирах корпуса {b}, правильно?"),
        "heating_plant": ("Во всём доме отказало центральное отопление: ни у кого из соседей нет "
                          "ни тепла, ни горячей воды.",
                          "Аварийный ремонт и обогреватели для пожилых",
                          "То есть отопление отключилось во всём доме, верно?"),
        "aircon_plant": ("В жару сломался центральный кондиционер в корпусе {b}, в квартире "
                         "31 градус.", "Починить сегодня, а пока дать вентиляторы",
                         "То есть в жару в корпусе {b} не работает кондиционер, так?"),
        "crack_wall": ("В гостиной в {unit} появилась широкая трещина в стене, и она растёт "
                       "каждый день.", "Инженера, чтобы проверил, безопасен ли дом",
                       "То есть трещина в стене растёт с каждым днём, правильно?"),
    },
    "claims": {"retail": ["Вернуть {amount}", "Вернуть {amount} и письменные извинения"],
               "property": ["Компенсацию ущерба в размере {amount}", "{amount} на ремонт",
                            "Снизить плату за обслуживание на {amount}"]},
    "openers": ["Хочу подать жалобу.", "Здравствуйте.",
                "Извините за беспокойство, но так больше продолжаться не может.",
                "Дозвониться не получается, поэтому пишу."],
    "closers": ["Перезвоните мне, пожалуйста.", "Надеюсь, вопрос решится быстро.",
                "Честно, уже нет сил.", "Спасибо."],
    "repeat": ["Пишу жалобу по этому поводу уже третий раз.",
               "В прошлом месяце сообщали ровно о том же, и ничего не изменилось."],
    "media": ["Если на этой неделе не решите, обращусь в местную газету.",
              "Юрист посоветовал изложить всё письменно; если нужно, пойдём в суд."],
    "relational": ["Живём здесь двенадцать лет, и такого отношения ещё не было.",
                   "Честно говоря, вашим обещаниям больше не верим.",
                   "Много лет были постоянными покупателями, но это последний раз."],
    "subject": "На бейдже было написано: {staff}.",
    "qa": {
        "property": [
            ("Когда вы впервые это заметили?", "Началось {since}."),
            ("Кто-нибудь уже смотрел?", "Да, в прошлом месяце приходили, но всё повторилось."),
            ("Кого ещё это касается?", "Соседей по этажу тоже, насколько знаю."),
            ("Когда можно попасть в квартиру?", "В будни после четырёх, только позвоните "
             "заранее."),
            ("Есть ли кто-то в группе риска — дети, пожилые, больные?",
             "С нами живёт мама, ей 80 лет."),
            ("Есть ли фотографии?", "Да, сегодня пришлю по почте."),
        ],
        "retail": [
            ("Когда вы это купили?", "Покупали {on}."),
            ("Чек сохранился?", "Только выписка по карте."),
            ("Что именно произошло?", "Просто перестало работать. Ни запаха, ни шума."),
            ("Как вы им пользовались?", "Обычно, как написано в инструкции."),
            ("Вы уже обращались к нам по этому поводу?", "Звонили в пятницу, но никто не "
             "перезвонил."),
            ("Что могло бы исправить ситуацию?", "Честно говоря, просто исправный товар."),
        ],
    },
    "notes": {
        "ack": ["Перезвонили клиенту: подтвердили, что жалоба принята, объяснили дальнейшие шаги.",
                "Отправили клиенту письмо с подтверждением и согласованным сроком ответа.",
                "Поговорили с клиентом у стойки, договорились, когда перезвоним."],
        "property": ["Попросили сантехника прийти {on}.", "Вызвали аварийную службу лифтовой "
                     "компании.", "Проверили журнал обслуживания: та же неисправность была "
                     "прошлой весной.", "Запросили смету у подрядчика.",
                     "Управдом проверит корпус {b} сегодня после обеда.",
                     "Повесили объявление на доске в корпусе {b}."],
        "retail": ["Нашли заказ в кассовой системе.", "Запросили у поставщика замену.",
                   "Проверили товар в мастерской: неисправность подтверждена.",
                   "Проверили отслеживание: посылка отмечена как доставленная.",
                   "Проверили журнал терминала на двойное списание.",
                   "Поговорили с сотрудниками, работавшими в тот день."],
        "update": ["Позвонили клиенту: деталь заказана.",
                   "Сообщили клиенту, что мастер придёт {on}.",
                   "Оставили голосовое сообщение с новостями и новым сроком ответа.",
                   "Отправили клиенту результаты осмотра."],
        "waiting": ["Попросили клиента прислать фото повреждений.",
                    "Спросили клиента, когда можно попасть в квартиру.",
                    "Ждём, когда клиент принесёт чек."],
    },
    "resolution": {
        "refund": ["Полный возврат {amount} на карту, с которой платили.",
                   "Возврат {amount} наличными на стойке."],
        "exchange": ["Товар заменён на новый со склада.",
                     "Обменяли на нужный товар, доставка бесплатно."],
        "repair": ["Отремонтировано нашим мастером, проверено вместе с клиентом.",
                   "Подрядчик устранил неисправность и проверил соседние квартиры."],
        "repair_item": ["Отремонтировано по гарантии в нашей мастерской.",
                        "Бесплатный ремонт; на время ремонта выдали подменный прибор."],
        "compensation": ["Компенсация {amount} перечислена клиенту.",
                         "Выплачено {amount} в качестве компенсации за неудобства."],
        "discount": ["Зачёт {amount} в следующем счёте.",
                     "Скидка {amount} на следующую плату за обслуживание."],
        "apology": ["Официальные извинения от руководителя лично.",
                    "Письменные извинения; вопрос разобран со всей командой."],
        "explanation": ["Разъяснили условия и показали акт осмотра; жалоба не подтвердилась.",
                        "Объяснили, почему сумма начислена верно; возврат не положен."],
        "other_noise": ["Поговорили с соседями; часы тишины согласованы письменно."],
        "other_pests": ["Дом обработан от вредителей; повторная обработка через две недели."],
        "other_cleaning_grounds": ["Проведена дополнительная уборка, график вывешен на доске "
                                   "объявлений."],
        "other_other_services": ["Заявка выполнена, подтверждение отправлено письменно."],
        "other": ["Передано в нужный отдел с твёрдым сроком ответа."],
    },
    "reply_open": ["Спасибо за терпение, и ещё раз приносим извинения.",
                   "Нам очень жаль, что вам пришлось с этим столкнуться.",
                   "Ещё раз просим прощения."],
    "reply_close": ["Спасибо за доверие и за то, что показали нам, что нужно улучшить.",
                    "Спасибо, что сообщили: это помогает нам работать лучше.",
                    "Благодарим за терпение и доверие."],
    "change": {"property": ["Теперь управдом проверяет это каждую неделю.",
                            "Это включено в план обслуживания дома."],
               "retail": ["Мы добавили эту проверку при приёмке товара.",
                          "Со всей командой проведён разбор, чтобы это не повторилось."]},
    "causes": {
        "unit_repairs": ("Старые стояки в корпусе {b} проржавели",
                         "Заменить стояки в корпусе {b}; ежегодно проверять остальные корпуса"),
        "noise": ("Новые жильцы не знают о часах тишины",
                  "Часы тишины — в памятке новосёла и на каждой доске объявлений"),
        "shared_facilities": ("Договор на лифты предусматривает один визит в месяц",
                              "Новый договор с выездом аварийной службы за четыре часа"),
        "cleaning_grounds": ("График уборки не учитывает дни вывоза крупногабаритного мусора",
                             "Дополнительная уборка после каждого вывоза"),
        "pests": ("Через щели вокруг труб в подвале проходят крысы",
                  "Заделать щели; осмотр раз в квартал"),
        "lost_mail": ("После переезда почтовые ящики остаются неподписанными",
                      "Подписывать ящик в день выдачи ключей новому жильцу"),
        "other_services": ("Заявки хранятся на бумаге и теряются",
                           "Регистрировать каждую заявку со сроком ответа"),
        "product_quality": ("В партии одного поставщика неисправная деталь",
                            "Проверять каждую поставку этого поставщика до продажи"),
        "wrong_item": ("Похожие товары хранятся рядом",
                       "Разные полки и сканирование каждого товара при упаковке"),
        "delivery": ("Курьерская служба перегружена по выходным",
                     "Второй курьер для доставок по субботам"),
        "billing": ("Терминал дважды списывает деньги после тайм-аута",
                    "Обновлено ПО терминала; ежедневная сверка платежей"),
        "staff_attitude": ("По субботам не хватает сотрудников",
                           "Дополнительный сотрудник по субботам и обучение сервису"),
        "returns": ("На кассе не объясняют правила возврата",
                    "Правила напечатаны на чеке; сотрудники проинструктированы"),
        "other": ("Информация не передаётся между сменами",
                  "Чек-лист передачи дел при каждой пересменке"),
    },
    "report_to": "Руководитель отдела и руководитель офиса",
    "report_means": ["По телефону", "Лично", "По телефону, затем по электронной почте"],
    "places": {"common": ["Лифт, корпус {b}", "Холл, корпус {b}", "Парковка",
                          "Мусорная площадка за корпусом {b}", "Подъезд, корпус {b}", "Двор"],
               "mail": ["Почтовые ящики, первый этаж корпуса {b}", "Ресепшен"],
               "shop": ["В магазине", "Интернет-магазин", "Доставка на дом"]},
}

# ---------------------------------------------------------------------------- Chinese
ZH = {
    "first": [("伟", "wei", "m"), ("芳", "fang", "f"), ("秀英", "xiuying", "f"),
              ("建国", "jianguo", "m"), ("丽", "li", "f"), ("强", "qiang", "m"),
              ("静", "jing", "f"), ("磊", "lei", "m"), ("晓燕", "xiaoyan", "f"),
              ("志强", "zhiqiang", "m"), ("婷婷", "tingting", "f"), ("浩然", "haoran", "m")],
    "last": [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
             ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
             ("徐", "xu"), ("孙", "sun")],
    "phone": "+86 13{0} {1}{2}{3}{4} {5}{6}{7}{8}",
    "mail": ["163.com", "126.com", "qq.com", "sina.com"],
    "buildings": ["上海市浦东新区锦绣路1500弄 阳光花园", "北京市朝阳区望京西路48号院 望京花园",
                  "深圳市南山区科苑路15号 海景小区"],
    "streets": ["上海市徐汇区漕溪北路{n}号", "北京市海淀区中关村大街{n}号",
                "广州市天河区天河路{n}号", "杭州市西湖区文三路{n}号"],
    "unit": "{b}号楼 {e}单元 {n}",
    # Used as 从{since}开始 and {on}: bare day words read naturally in both.
    "since": ["周一", "周二", "周三", "周四", "周五", "周末", "上周"],
    "on": ["周一", "周二", "周三", "周四", "周五", "上周六", "昨天"],
    "days": ["两天", "三天", "四天", "五天", "一个星期"],
    "items": [{"item": "洗衣机"}, {"item": "吸尘器"}, {"item": "笔记本电脑"}, {"item": "咖啡机"},
              {"item": "电水壶"}, {"item": "电熨斗"}, {"item": "台灯"}, {"item": "微波炉"},
              {"item": "破壁机"}, {"item": "电暖器"}, {"item": "烤面包机"}, {"item": "吹风机"}],
    "accounts": {
        "unit_repairs": [
            ("从{since}开始，{unit}的暖气就不热了。家里有小孩，冻得不行。", "今天就把暖气修好",
             "我跟您确认一下：从{since}开始{unit}就没有暖气了，对吗？"),
            ("卫生间天花板一直漏水，下面放了个桶，每天早上都是满的。", "派人来维修，把天花板修好",
             "您是说卫生间天花板每天晚上都在漏水，是吗？"),
            ("{unit}厨房的窗户关不严，整天漏风。", "维修或者更换窗户",
             "我确认一下：厨房窗户关不严、漏风，对吗？"),
            ("从{since}开始就没有热水了，打了两次电话都没人来。", "这周安排师傅上门，说好的时间要准",
             "您是说从{since}开始没有热水，打了两次电话也没人来，对吗？"),
        ],
        "noise": [
            ("楼上邻居几乎每天晚上都放音乐到凌晨两点，噪音太大了。", "请物业跟邻居沟通，别再吵了",
             "我确认一下：楼上几乎每晚放音乐到两点左右，对吗？"),
            ("隔壁装修每天早上七点就开始，周六也不停。", "按规定的时间施工",
             "您是说隔壁早上七点就开始装修，周六也一样，是吗？"),
            ("邻居家的狗主人不在家时一叫就是几个小时，已经{days}了。", "请物业找狗主人谈谈",
             "我确认一下：邻居家的狗已经连续{days}一叫几个小时，对吗？"),
            ("楼顶的通风机整夜嗡嗡响，开着窗根本睡不着。", "检查通风机，降低噪音",
             "您是说楼顶通风机的噪音让您晚上睡不着，是吗？"),
        ],
        "shared_facilities": [
            ("{b}号楼的电梯从{since}就坏了。我母亲82岁了，爬不了楼梯。", "尽快把电梯修好",
             "我确认一下：{b}号楼电梯从{since}就不能用了，老人上不了楼，对吗？"),
            ("单元门的锁坏了，谁都可以随便进来。", "今天把门锁修好",
             "您是说单元门锁不上了，是吗？"),
            ("{b}号楼楼道里一半的灯不亮，晚上漆黑一片。", "把灯换掉",
             "我确认一下：{b}号楼楼道的灯坏了一半，对吗？"),
            ("停车场的道闸已经{days}一直开着，外面的车占了我们的车位。", "修好道闸，把外来车辆请走",
             "您是说停车场道闸{days}都关不上，是吗？"),
        ],
        "cleaning_grounds": [
            ("{b}号楼后面的垃圾桶已经{days}没清了，味道特别大。", "清运垃圾，把周围打扫干净",
             "我确认一下：{b}号楼后面的垃圾{days}没清运了，对吗？"),
            ("楼道好几周没人打扫了，到处都是沙子和小广告。", "打扫干净，按保洁计划来",
             "您是说楼道好几周没打扫了，是吗？"),
            ("入口的路结冰了也没人撒盐，我今天早上滑倒了。", "每个结冰的早上都要撒盐",
             "我确认一下：入口的路结冰没处理，您今天早上滑倒了，对吗？"),
        ],
        "pests": [
            ("{unit}厨房里有蟑螂，邻居说他们家也有。", "整栋楼统一灭虫",
             "您是说家里厨房有蟑螂，邻居家也有，是吗？"),
            ("这周我两次在垃圾房附近看到老鼠，大白天的。", "请专业公司来灭鼠",
             "我确认一下：这周您在垃圾房附近看到两次老鼠，对吗？"),
            ("阳台门上面有个马蜂窝，孩子们都不敢出去。", "把马蜂窝摘掉",
             "您是说阳台门上方有马蜂窝，是吗？"),
        ],
        "lost_mail": [
            ("{on}有个寄给我的快递送到了物业前台，现在找不到了。快递员说是前台签收的。",
             "把快递找回来，找不到就赔偿",
             "我确认一下：前台{on}签收的快递找不到了，对吗？"),
            ("我的信老是被放进别人的信箱，结果错过了税务局的信。", "把信箱上的名字标清楚",
             "您是说您的信件经常被投错信箱，是吗？"),
            ("我在{b}号楼的信箱锁坏了，信件很不安全。", "换一把锁",
             "我确认一下：您的信箱锁坏了，对吗？"),
        ],
        "other_services": [
            ("今年物业费又涨了，也没人解释到底收的是什么钱。", "给一份物业费明细",
             "您是想知道物业费为什么涨、包括哪些项目，是吗？"),
            ("我{days}前就申请了停车证，到现在还没有消息。", "这周把停车证办下来",
             "我确认一下：您{days}前申请了停车证，一直没有答复，对吗？"),
            ("我付钱办的新门禁卡打不开自行车棚。", "换一张能用的卡，或者退钱",
             "您是说新办的门禁卡打不开车棚，是吗？"),
        ],
        "product_quality": [
            ("{on}在你们店买的{item}，现在已经不能用了。", "退款",
             "我确认一下：您{on}买的{item}已经坏了，对吗？"),
            ("{item}才用了两周就发出很大的怪声。", "换一台新的",
             "您是说{item}用了两周就有异响，是吗？"),
            ("盒子看着没问题，可里面的{item}全是划痕，还少了一个配件。", "换一台完整的新货",
             "我确认一下：{item}有划痕而且缺配件，对吗？"),
            ("这已经是第二次了：在你们店买的{item}一个月内就坏了。", "保修维修，或者换个好点的型号",
             "您是说这是第二台一个月内就坏了的{item}，是吗？"),
        ],
        "wrong_item": [
            ("我订的是黑色的{item}，送来的却是白色的。", "换成我订的颜色",
             "我确认一下：您订的是黑色，收到的是白色，对吗？"),
            ("盒子上写的是{item}，里面却完全是别的东西。", "给我付了钱的那件商品",
             "您是说盒子上写着{item}，里面却是别的商品，是吗？"),
            ("收银台给我拿错了型号，回家才发现。", "换成正确的型号",
             "我确认一下：收银台给错了型号，您回家才发现，对吗？"),
        ],
        "delivery": [
            ("订单{order}说好{on}送到，到现在还没收到。", "这周送到，不然就退款",
             "我确认一下：订单{order}本该{on}送到，现在还没到，对吗？"),
            ("我专门请了一天假等送货，等到六点也没人来，连个电话都没有。", "赔偿我耽误的一天",
             "您是说您在家等了一整天，货一直没送来，是吗？"),
            ("快递员把{item}放在门外淋雨了。", "换新或者赔偿",
             "我确认一下：快递员把{item}放在门外淋了雨，对吗？"),
            ("送货师傅搬{item}进门时把走廊的墙刮坏了。", "把墙修好",
             "您是说送货时把走廊的墙刮坏了，是吗？"),
        ],
        "billing": [
            ("同一笔消费被扣了两次款，每次{amount}。", "退还多扣的那笔钱",
             "我确认一下：同一笔消费被扣了两次，每次{amount}，对吗？"),
            ("小票上是{amount}，可货架上标的价格更低。", "退还差价",
             "您是说您付了{amount}，但货架标价更低，是吗？"),
            ("{on}退了{item}，{amount}的退款到现在还没到账。", "马上退款",
             "我确认一下：{amount}的退款还没到账，对吗？"),
        ],
        "staff_attitude": [
            ("收银员态度很差，我问问题他还笑话我，我要投诉。", "道歉",
             "您是说收银员态度不好，还嘲笑您的问题，是吗？"),
            ("我在服务台等了二十分钟，两个店员一直在聊天不理我。", "希望被认真对待",
             "我确认一下：您在服务台被晾了二十分钟，对吗？"),
            ("我想退{item}的时候，店员当着其他顾客的面大声嚷嚷。", "道歉，并且给我办退货",
             "您是说办退货时店员冲您大声嚷嚷，是吗？"),
        ],
        "returns": [
            ("小票还在，东西也没用过，你们却不给退{item}。", "办理退货退款",
             "我确认一下：有小票、商品未使用，却被拒绝退货，对吗？"),
            ("说只能给代金券，不能退款。", "退款到我的卡上",
             "您是说只给代金券、不给退款，是吗？"),
            ("{days}前就把{item}退回去了，到现在一点消息都没有。", "这周把钱退给我",
             "我确认一下：您{days}前退回了{item}，一直没有消息，对吗？"),
        ],
        "other": [
            ("打了三次电话，每次都说会有人回电话，结果一个都没有。", "请能做决定的人给我回电话",
             "您是说三次答应回电话，都没有人打来，是吗？"),
            ("门上写着的办公时间里，你们办公室却关着门。", "按公布的时间办公",
             "我确认一下：办公时间内办公室却没开门，对吗？"),
        ],
    },
    "incidents": {
        "fire_bins": ("{b}号楼楼道里全是烟，入口旁边的垃圾桶着火了，消防车都来了。",
                      "把垃圾房弄安全，查清是谁干的",
                      "我确认一下：{b}号楼入口的垃圾桶着火，楼道里全是烟，对吗？"),
        "fire_item": ("{on}在你们店买的{item}，昨晚突然冒烟着火了，是我们自己扑灭的。",
                      "全额退款，并赔偿烧坏的台面",
                      "您是说{item}昨晚着火了，是你们自己扑灭的，是吗？"),
        "lift_trapped": ("我爱人被困在{b}号楼的电梯里四十分钟，按了报警按钮也没人应答。",
                         "彻底维修电梯，报警电话要有人接",
                         "我确认一下：您爱人被困电梯四十分钟，报警无人应答，对吗？"),
        "lift_power": ("{b}号楼突然停电，我和邻居被困在漆黑的电梯里。", "查清原因，保证不再发生",
                       "您是说停电导致您和邻居被困电梯，是吗？"),
        "gas_bang": ("今天早上锅炉房传来一声巨响，现在地下室有煤气味。", "马上检查，告诉我们是否安全",
                     "我确认一下：锅炉房有巨响，现在有煤气味，对吗？"),
        "power_out": ("{b}号楼从早上开始整栋停电，冰箱冰柜里的东西都化了。",
                      "尽快恢复供电，赔偿坏掉的食物",
                      "您是说{b}号楼从早上起一直停电，是吗？"),
        "flood_ceiling": ("楼上漏水，水顺着{unit}的天花板往下流，地上全是水。",
                          "马上止住漏水，赔偿损失",
                          "我确认一下：楼上漏水，水从您家天花板流下来，对吗？"),
        "flood_power": ("水从厨房天花板渗进了灯里，现在{unit}整个停电了。", "今天就派电工和水管工来",
                        "您是说漏水进了灯具，{unit}停电了，是吗？"),
        "flood_basement": ("{b}号楼地下室的储藏间被水淹了，我们的东西都泡在水里。",
                           "把水抽干，赔偿损失",
                           "我确认一下：{b}号楼的储藏间被淹了，对吗？"),
        "bikes_stolen": ("昨晚{b}号楼的自行车棚被撬了，丢了三辆车，包括我的。",
                         "换新锁、装监控，帮忙办理保险理赔",
                         "您是说车棚被撬，您的自行车被偷了，是吗？"),
        "mail_stolen": ("昨晚{b}号楼好几个信箱被撬开了，我的银行信件不见了。", "修好信箱，并且报警",
                        "我确认一下：信箱被撬，您的银行信件丢了，对吗？"),
        "dealing": ("每天晚上都有人在{b}号楼的楼道里贩毒，我都不敢出门了。",
                    "报警，并且把单元门修好锁上",
                    "您是说每天晚上楼道里都有人贩毒，是吗？"),
        "collective_noise": ("我代表我们这层五户人家来投诉：一楼的酒吧每天晚上放很吵的音乐。",
                             "和酒吧书面约定晚上的安静时间",
                             "我确认一下：五户居民联名投诉一楼酒吧每晚的噪音，对吗？"),
        "collective_pests": ("{b}号楼包括我们家在内有四户家里有老鼠，我们一起来投诉。",
                             "这周对整栋楼灭鼠",
                             "您是说{b}号楼有四户家里有老鼠，是吗？"),
        "heating_plant": ("整栋楼的集中供暖坏了，邻居们家里都没有暖气和热水。",
                          "紧急抢修，先给老人送取暖器",
                          "我确认一下：整栋楼的供暖都停了，对吗？"),
        "aircon_plant": ("高温天气里{b}号楼的中央空调坏了，家里三十一度。",
                         "今天修好，修好之前先给各户送电扇",
                         "您是说高温天{b}号楼的中央空调坏了，是吗？"),
        "crack_wall": ("{unit}客厅的墙上出现了一条很宽的裂缝，而且每天都在变长。",
                       "请工程师来检查房子是否安全",
                       "我确认一下：墙上的裂缝每天都在变长，对吗？"),
    },
    "claims": {"retail": ["退款{amount}", "退还{amount}并书面道歉"],
               "property": ["赔偿损失{amount}", "赔偿维修费用{amount}", "物业费减免{amount}"]},
    "openers": ["我想投诉一件事。", "你好，我是来投诉的。", "打了好几次电话都没人接，只好过来。",
                "不好意思打扰了，但这事真的不能再拖了。"],
    "closers": ["请尽快给我回复。", "希望这次能认真处理。", "我真的受够了。", "谢谢。"],
    "repeat": ["这已经是我第三次投诉这件事了。", "上个月我就反映过一模一样的问题，一直没人管。"],
    "media": ["这周再不解决，我就找媒体曝光。", "律师建议我书面反映，必要的话我会起诉。"],
    "relational": ["我在这里住了十二年，从来没被这样对待过。", "说实话，你们的承诺我已经不相信了。",
                   "我做了你们好几年的老顾客，这是最后一次了。"],
    "subject": "工牌上写着{staff}。",
    "qa": {
        "property": [
            ("您第一次发现是什么时候？", "从{since}开始的。"),
            ("之前有人来看过吗？", "上个月来修过，但又坏了。"),
            ("还有谁受影响？", "我们这层的邻居也是，我知道的是这样。"),
            ("什么时候方便上门？", "工作日下午四点以后都行，来之前先打个电话。"),
            ("家里有老人、小孩或者病人吗？", "我母亲跟我们住，她八十岁了。"),
            ("有照片吗？", "有，今天就发给你们。"),
        ],
        "retail": [
            ("您是什么时候买的？", "{on}买的。"),
            ("小票还在吗？", "只有银行卡的扣款记录。"),
            ("具体是怎么回事？", "突然就不动了，没有异味也没有声音。"),
            ("您平时是怎么使用的？", "就是按说明书正常用的。"),
            ("之前联系过我们吗？", "周五打过电话，但没人回。"),
            ("怎么处理您会比较满意？", "说实话，给我一个能用的就行。"),
        ],
    },
    "notes": {
        "ack": ["已回电客户，确认收到投诉并说明了后续步骤。", "已发邮件给客户，确认受理和约定的答复时间。",
                "在前台与客户面谈，约好了回电时间。"],
        "property": ["已约水管师傅{on}上门。", "已联系电梯公司紧急维修。",
                     "查了维修记录：去年春天报过同样的故障。", "已请施工方报价。",
                     "物业管理员今天下午去{b}号楼查看。", "已在{b}号楼公告栏张贴通知。"],
        "retail": ["已在收银系统里查到订单。", "已向供应商申请换货。", "在维修间检测：确认故障。",
                   "查了物流信息：显示已签收。", "已核对刷卡机记录，查找重复扣款。",
                   "已与当天当班的员工谈话。"],
        "update": ["回电客户告知进度：配件已订。", "告知客户维修师傅{on}上门。",
                   "给客户留了语音，说明进度和新的答复时间。", "已把检查结果发邮件给客户。"],
        "waiting": ["请客户提供损坏部位的照片。", "询问客户什么时候方便上门。", "等客户把小票送来。"],
    },
    "resolution": {
        "refund": ["全额退款{amount}，原路退回。", "在前台现金退款{amount}。"],
        "exchange": ["已从库存中换了一台新的。", "已换成正确的商品，免费送货上门。"],
        "repair": ["已由我们的师傅上门维修，并和客户一起试过。", "施工方已修好故障，并检查了相邻住户。"],
        "repair_item": ["已在我们的维修间保修维修。", "免费维修，维修期间提供了备用机。"],
        "compensation": ["已向客户支付赔偿{amount}。", "已赔偿{amount}，补偿给您带来的不便。"],
        "discount": ["下期账单抵扣{amount}。", "下期物业费减免{amount}。"],
        "apology": ["经理亲自当面道歉。", "已书面道歉，并在全体员工中通报讨论。"],
        "explanation": ["已解释相关条款并出示检查报告，投诉不成立。", "已说明收费无误，不予退款。"],
        "other_noise": ["已与邻居沟通，书面约定了安静时间。"],
        "other_pests": ["已对整栋楼进行消杀，两周后复查。"],
        "other_cleaning_grounds": ["已加做一次保洁，保洁安排已贴在公告栏。"],
        "other_other_services": ["申请已办理，并书面确认。"],
        "other": ["已转交相关部门，并约定了明确的答复日期。"],
    },
    "reply_open": ["感谢您的耐心，再次向您致歉。", "给您带来麻烦，我们非常抱歉。", "再次向您表示歉意。"],
    "reply_close": ["感谢您的信任，也感谢您帮我们发现需要改进的地方。", "谢谢您告诉我们，这能帮助我们做得更好。",
                    "感谢您的耐心和信任。"],
    "change": {"property": ["今后物业管理员每周检查一次。", "已把这一项加入小区的维护计划。"],
               "retail": ["我们在收货环节增加了这项检查。", "已对全体员工进行培训，避免再次发生。"]},
    "causes": {
        "unit_repairs": ("{b}号楼的老旧立管锈蚀", "更换{b}号楼立管，其他楼每年检查"),
        "noise": ("新住户不了解安静时间", "入住须知和每个公告栏都写明安静时间"),
        "shared_facilities": ("电梯维保合同每月只上门一次", "签新合同，故障四小时内到场"),
        "cleaning_grounds": ("保洁排班没考虑大件垃圾清运日", "每次大件垃圾清运后加做一次保洁"),
        "pests": ("地下室管道周围有缝隙，老鼠从这里进来", "封堵缝隙，每季度检查一次"),
        "lost_mail": ("住户搬家后信箱没有更换名牌", "新住户交钥匙当天贴好信箱名牌"),
        "other_services": ("申请只记在纸上，容易丢失", "每个申请都登记并约定答复日期"),
        "product_quality": ("某供应商的一批货有零件缺陷", "该供应商每批货上架前都要检查"),
        "wrong_item": ("外观相似的商品放在一起", "分开货架，打包时逐件扫码"),
        "delivery": ("快递公司周末运力不足", "周六增加第二家快递"),
        "billing": ("刷卡机超时后会重复扣款", "升级刷卡机软件，每天核对刷卡记录"),
        "staff_attitude": ("周六人手不足", "周六增加一名员工，并进行服务培训"),
        "returns": ("收银时没有说明退货规定", "小票上印退货规定，员工统一培训"),
        "other": ("交接班时信息没有传达", "每次交接班使用交接清单"),
    },
    "report_to": "部门经理和办公室负责人",
    "report_means": ["电话报告", "当面报告", "电话报告后邮件确认"],
    "places": {"common": ["{b}号楼电梯", "{b}号楼大堂", "停车场", "{b}号楼后面的垃圾房",
                          "{b}号楼楼道", "小区院子"],
               "mail": ["{b}号楼一楼信箱", "物业前台"],
               "shop": ["门店", "网店", "送货上门"]},
}

# ---------------------------------------------------------------------------- Georgian
# Georgian has no grammatical gender and no capitals; products stand in the
# nominative, which is what aorist transitive verbs (ვიყიდე, დატოვა) take.
KA = {
    "first": [("გიორგი", "giorgi", "m"), ("ნინო", "nino", "f"), ("დავით", "davit", "m"),
              ("მარიამ", "mariam", "f"), ("ლევან", "levan", "m"), ("თამარ", "tamar", "f"),
              ("ნიკა", "nika", "m"), ("ანა", "ana", "f"), ("ზურაბ", "zurab", "m"),
              ("ეკა", "eka", "f"), ("ირაკლი", "irakli", "m"), ("სალომე", "salome", "f")],
    "last": [("ბერიძე", "beridze"), ("კაპანაძე", "kapanadze"), ("გელაშვილი", "gelashvili"),
             ("მაისურაძე", "maisuradze"), ("ლომიძე", "lomidze"), ("ჯაფარიძე", "japaridze"),
             ("ხარაიშვილი", "kharaishvili"), ("ქავთარაძე", "kavtaradze"), ("ნოზაძე", "nozadze"),
             ("წიკლაური", "tsiklauri"), ("ჩხეიძე", "chkheidze"), ("გოგიჩაიშვილი", "gogichaishvili")],
    "phone": "+995 5{0}{1} {2}{3} {4}{5} {6}{7}",
    "mail": ["gmail.com", "yahoo.com", "outlook.com"],
    "buildings": ["ვაჟა-ფშაველას გამზ. 71, თბილისი", "ყაზბეგის გამზ. 24, თბილისი",
                  "წყნეთის გზატკეცილი 12, თბილისი"],
    "streets": ["რუსთაველის გამზ. {n}, თბილისი", "ჭავჭავაძის გამზ. {n}, თბილისი",
                "აღმაშენებლის გამზ. {n}, თბილისი", "გორგასლის ქ. {n}, ბათუმი"],
    "unit": "ბინა {n}",
    "since": ["ორშაბათიდან", "სამშაბათიდან", "ოთხშაბათიდან", "ხუთშაბათიდან", "პარასკევიდან",
              "შაბათ-კვირიდან", "გასული კვირიდან"],
    "on": ["ორშაბათს", "სამშაბათს", "ოთხშაბათს", "ხუთშაბათს", "პარასკევს", "შაბათს", "გუშინ"],
    "days": ["ორი დღე", "სამი დღე", "ოთხი დღე", "ხუთი დღე", "ერთი კვირა"],
    "items": [{"item": "სარეცხი მანქანა"}, {"item": "მტვერსასრუტი"}, {"item": "ლეპტოპი"},
              {"item": "ყავის აპარატი"}, {"item": "ელექტროჩაიდანი"}, {"item": "უთო"},
              {"item": "მაგიდის ლამპა"}, {"item": "მიკროტალღური ღუმელი"}, {"item": "ბლენდერი"},
              {"item": "ელექტროგამათბობელი"}, {"item": "ტოსტერი"}, {"item": "თმის საშრობი"}],
    "accounts": {
        "unit_repairs": [
            ("{since} ბინაში ({unit}) გათბობა არ მუშაობს. პატარა ბავშვები გვყავს და სახლში "
             "ძალიან ცივა.", "დღესვე გათბობის შეკეთება",
             "თუ სწორად გავიგე, {since} ბინაში გათბობა არ მუშაობს — ასეა?"),
            ("აბაზანის ჭერიდან სულ წყალი წვეთავს. ვედრო დავდგი, მაგრამ ყოველ დილით სავსეა.",
             "სანტექნიკოსის გამოგზავნა და ჭერის შეკეთება",
             "ესე იგი, ყოველ ღამე აბაზანის ჭერიდან წყალი ჟონავს — სწორია?"),
            ("სამზარეულოს ფანჯარა ბოლომდე არ იკეტება და მთელი დღე ქარი შემოდის.",
             "ფანჯრის შეკეთება ან შეცვლა",
             "თუ სწორად გავიგე, სამზარეულოს ფანჯარა არ იკეტება და ქარი შემოდის — ასეა?"),
            ("{since} ცხელი წყალი არ გვაქვს. ორჯერ დავრეკე და არავინ მოსულა.",
             "ამ კვირაში სანტექნიკოსი, დათქმულ დროს",
             "ესე იგი, {since} ცხელი წყალი არ გაქვთ და ორი ზარის შემდეგაც არავინ მოვიდა — "
             "სწორია?"),
        ],
        "noise": [
            ("ზედა სართულის მეზობლები თითქმის ყოველ ღამე ღამის ორ საათამდე ხმამაღლა უსმენენ "
             "მუსიკას.", "მათთან საუბარი, რომ ეს შეწყდეს",
             "თუ სწორად გავიგე, ზემოდან თითქმის ყოველ ღამე ორ საათამდე ხმამაღალი მუსიკა ისმის "
             "— ასეა?"),
            ("მეზობელ ბინაში რემონტი დილის შვიდ საათზე იწყება, შაბათობითაც.",
             "სამუშაოები მხოლოდ დაშვებულ საათებში",
             "ესე იგი, მეზობლები დილის შვიდზე იწყებენ რემონტს, შაბათსაც — სწორია?"),
            ("მეზობლის ძაღლი საათობით ყეფს, როცა პატრონები სახლში არ არიან. უკვე {days} ასე "
             "გრძელდება.", "პატრონებთან საუბარი",
             "თუ სწორად გავიგე, მეზობლის ძაღლი უკვე {days} საათობით ყეფს — ასეა?"),
            ("სახურავზე ვენტილაცია მთელი ღამე გუგუნებს, ღია ფანჯრით ვერ ვიძინებთ.",
             "ვენტილაციის შემოწმება და ხმაურის შემცირება",
             "ესე იგი, სახურავის ვენტილაცია ღამით ძილს გიშლით — სწორია?"),
        ],
        "shared_facilities": [
            ("მე-{b} კორპუსში ლიფტი {since} არ მუშაობს. დედაჩემი 82 წლისაა და კიბეზე ვერ ადის.",
             "ლიფტის რაც შეიძლება მალე შეკეთება",
             "თუ სწორად გავიგე, მე-{b} კორპუსის ლიფტი {since} არ მუშაობს და დედათქვენი კიბეზე "
             "ვერ ადის — ასეა?"),
            ("სადარბაზოს კარი აღარ იკეტება, ნებისმიერს შეუძლია შემოსვლა.",
             "დღესვე საკეტის შეკეთება", "ესე იგი, სადარბაზოს კარი აღარ იკეტება — სწორია?"),
            ("მე-{b} კორპუსის სადარბაზოში ნათურების ნახევარი არ ანთია, საღამოს სრული "
             "სიბნელეა.", "ნათურების შეცვლა",
             "თუ სწორად გავიგე, მე-{b} კორპუსის სადარბაზოში განათება არ მუშაობს — ასეა?"),
            ("ავტოსადგომის ჭიშკარი უკვე {days} ღია რჩება და ჩვენს ადგილებზე უცნობები აჩერებენ "
             "მანქანებს.", "ჭიშკრის შეკეთება და უცხო მანქანების გაყვანა",
             "ესე იგი, ავტოსადგომის ჭიშკარი უკვე {days} არ იკეტება — სწორია?"),
        ],
        "cleaning_grounds": [
            ("მე-{b} კორპუსის უკან ნაგვის ურნები უკვე {days} არ დაუცლიათ და საშინელი სუნია.",
             "ურნების დაცლა და ტერიტორიის დასუფთავება",
             "თუ სწორად გავიგე, მე-{b} კორპუსის უკან ნაგავი უკვე {days} არ გაუტანიათ — ასეა?"),
            ("სადარბაზო კვირებია არავის დაუსუფთავებია, ყველგან ქვიშა და ფლაერებია.",
             "დასუფთავება და გრაფიკის დაცვა",
             "ესე იგი, სადარბაზო რამდენიმე კვირაა არ დაუსუფთავებიათ — სწორია?"),
            ("შესასვლელთან ბილიკი მოყინული იყო, მარილი არავის მოუყრია და დილით დავეცი.",
             "ყინვიან დილებში ბილიკებზე მარილის მოყრა",
             "თუ სწორად გავიგე, ბილიკი მოყინული იყო და დილით დაეცით — ასეა?"),
        ],
        "pests": [
            ("სამზარეულოში ტარაკნები გვყავს, მეზობლები ამბობენ, რომ მათაც ჰყავთ.",
             "მთელი შენობის დეზინსექცია",
             "ესე იგი, თქვენს სამზარეულოში და მეზობლებთანაც ტარაკნებია — სწორია?"),
            ("ამ კვირაში ნაგვის ურნებთან ორჯერ ვნახე ვირთხები, შუა დღისით.",
             "დერატიზაციის სამსახურის გამოძახება",
             "თუ სწორად გავიგე, ამ კვირაში ურნებთან ორჯერ ნახეთ ვირთხები — ასეა?"),
            ("აივნის კარის თავზე კრაზანების ბუდეა და ბავშვებს აივანზე გასვლის ეშინიათ.",
             "ბუდის მოშორება", "ესე იგი, აივნის კარის თავზე კრაზანების ბუდეა — სწორია?"),
        ],
        "lost_mail": [
            ("{on} თქვენს ოფისში ჩემთვის ამანათი მოიტანეს და ახლა არსად არის. კურიერი ამბობს, "
             "რომ რეცეფციაზე ხელი მოაწერეს.", "ამანათის პოვნა ან მისი ღირებულების ანაზღაურება",
             "თუ სწორად გავიგე, ამანათი, რომელზეც რეცეფციამ {on} მოაწერა ხელი, დაიკარგა — "
             "ასეა?"),
            ("ჩემი წერილები სულ სხვის საფოსტო ყუთებში ხვდება, ამის გამო შემოსავლების სამსახურის "
             "წერილი გამომრჩა.", "საფოსტო ყუთებზე სახელების სწორად მიწერა",
             "ესე იგი, თქვენი ფოსტა ხშირად სხვის ყუთში ხვდება — სწორია?"),
            ("მე-{b} კორპუსში ჩემი საფოსტო ყუთის საკეტი გატეხილია და ფოსტა დაცული არ არის.",
             "საკეტის შეცვლა",
             "თუ სწორად გავიგე, თქვენი საფოსტო ყუთის საკეტი გატეხილია — ასეა?"),
        ],
        "other_services": [
            ("მომსახურების საფასური წელსაც გაიზარდა და არავინ აგვიხსნა, რაში ვიხდით.",
             "მომსახურების საფასურის დეტალური ჩამონათვალი",
             "ესე იგი, გსურთ იცოდეთ, რატომ გაიზარდა საფასური და რას მოიცავს — სწორია?"),
            ("პარკირების ნებართვა მოვითხოვე, უკვე {days} გავიდა და პასუხი არ მაქვს.",
             "ნებართვა ამ კვირაში",
             "თუ სწორად გავიგე, ნებართვა მოითხოვეთ, უკვე {days} გავიდა და პასუხი არ გაქვთ — "
             "ასეა?"),
            ("ახალი ელექტრონული გასაღები, რომლის საფასურიც გადავიხადე, ველოსიპედების სათავსოს "
             "არ აღებს.", "მომუშავე გასაღები ან თანხის დაბრუნება",
             "ესე იგი, ნაყიდი გასაღები სათავსოს არ აღებს — სწორია?"),
        ],
        "product_quality": [
            ("{on} თქვენთან ვიყიდეთ {item} და უკვე აღარ მუშაობს.", "თანხის დაბრუნება",
             "თუ სწორად გავიგე, {on} ნაყიდი {item} უკვე აღარ მუშაობს — ასეა?"),
            ("ორი კვირის შემდეგ {item} უცნაურ, ძლიერ ხმას გამოსცემს.", "ახლით შეცვლა",
             "ესე იგი, ორ კვირაში {item} უცნაურ ხმას გამოსცემს — სწორია?"),
            ("ყუთი კარგად გამოიყურებოდა, მაგრამ შიგნით {item} დაკაწრული იყო და ერთი ნაწილი "
             "აკლდა.", "ახალი, სრული კომპლექტი",
             "თუ სწორად გავიგე, {item} დაკაწრული და არასრული აღმოჩნდა — ასეა?"),
            ("უკვე მეორე {item} ვიყიდე თქვენთან, რომელიც ერთ თვეში გაფუჭდა.",
             "საგარანტიო შეკეთება ან უკეთესი მოდელი",
             "ესე იგი, უკვე მეორე {item} გაფუჭდა ერთ თვეში — სწორია?"),
        ],
        "wrong_item": [
            ("შავი ფერის {item} შევუკვეთე, თეთრი მომიტანეს.", "შეკვეთილი ფერით შეცვლა",
             "თუ სწორად გავიგე, შავი შეუკვეთეთ და თეთრი მიიღეთ — ასეა?"),
            ("ყუთზე ეწერა „{item}“, შიგნით კი სულ სხვა ნივთი იყო.",
             "ის ნივთი, რის ფულიც გადავიხადე",
             "ესე იგი, ყუთზე „{item}“ ეწერა, შიგნით კი სხვა ნივთი იყო — სწორია?"),
            ("სალაროსთან არასწორი მოდელი მომცეს და მხოლოდ სახლში შევამჩნიე.",
             "სწორ მოდელზე გადაცვლა",
             "თუ სწორად გავიგე, სალაროსთან არასწორი მოდელი მოგცეს — ასეა?"),
        ],
        "delivery": [
            ("შეკვეთა {order} {on} უნდა მოეტანათ და ჯერაც არ მოსულა.",
             "ამ კვირაში მოტანა ან თანხის დაბრუნება",
             "ესე იგი, შეკვეთა {order} {on} უნდა მოსულიყო და არ მოვიდა — სწორია?"),
            ("მიწოდებისთვის დასვენების დღე ავიღე, ექვს საათამდე ველოდე და არავინ მოვიდა, არც "
             "დაურეკავთ.", "კომპენსაცია დაკარგული დღისთვის",
             "თუ სწორად გავიგე, მთელი დღე ელოდეთ და მიწოდება არ შედგა — ასეა?"),
            ("კურიერმა {item} კართან, წვიმაში დატოვა.", "ახლით შეცვლა ან კომპენსაცია",
             "ესე იგი, კურიერმა {item} წვიმაში დატოვა — სწორია?"),
            ("მიმტანებმა დერეფანში კედელი დაკაწრეს, როცა ნივთი შემოჰქონდათ.",
             "კედლის შეკეთება",
             "თუ სწორად გავიგე, მიტანისას დერეფნის კედელი დაკაწრეს — ასეა?"),
        ],
        "billing": [
            ("ერთი შენაძენისთვის ორჯერ ჩამომეჭრა {amount}.", "მეორედ ჩამოჭრილი თანხის დაბრუნება",
             "ესე იგი, ერთი შენაძენისთვის ორჯერ ჩამოგეჭრათ {amount} — სწორია?"),
            ("ქვითარზე {amount} წერია, თაროზე კი ფასი უფრო დაბალი იყო.", "სხვაობის დაბრუნება",
             "თუ სწორად გავიგე, {amount} გადაიხადეთ, თაროზე კი ნაკლები ეწერა — ასეა?"),
            ("{on} {item} დავაბრუნე, თანხა ({amount}) კი ბარათზე ჯერაც არ დაბრუნებულა.",
             "თანხის დაბრუნება ახლავე",
             "ესე იგი, თანხა ({amount}) ბარათზე ჯერ არ დაგიბრუნდათ — სწორია?"),
        ],
        "staff_attitude": [
            ("მოლარე უხეშად მელაპარაკა და ჩემს კითხვაზე გაეცინა. საჩივრის დაწერა მინდა.",
             "ბოდიშის მოხდა",
             "თუ სწორად გავიგე, მოლარე უხეში იყო და თქვენს კითხვაზე გაეცინა — ასეა?"),
            ("მომსახურების დახლთან ოცი წუთი ველოდე, ორი თანამშრომელი კი ერთმანეთს ესაუბრებოდა "
             "და ყურადღებას არ მაქცევდა.", "სერიოზული დამოკიდებულება",
             "ესე იგი, მომსახურების დახლთან ოცი წუთი ყურადღება არავინ მოგაქციათ — სწორია?"),
            ("როცა ნივთის დაბრუნება ვცადე, თანამშრომელმა სხვა მყიდველების თვალწინ ხმას "
             "აუწია.", "ბოდიში და ნივთის უკან მიღება",
             "თუ სწორად გავიგე, დაბრუნებისას თანამშრომელმა ხმას აგიწიათ — ასეა?"),
        ],
        "returns": [
            ("{item} უკან არ მიიღეს, თუმცა ქვითარი მაქვს და ნივთი გამოუყენებელია.",
             "ნივთის მიღება და თანხის დაბრუნება",
             "ესე იგი, დაბრუნებაზე უარი გითხრეს, თუმცა ქვითარი გაქვთ და ნივთი გამოუყენებელია "
             "— სწორია?"),
            ("მითხრეს, რომ თანხას ვერ დამიბრუნებენ, მხოლოდ ვაუჩერს მომცემენ.",
             "თანხის ბარათზე დაბრუნება",
             "თუ სწორად გავიგე, თანხის ნაცვლად მხოლოდ ვაუჩერი შემოგთავაზეს — ასეა?"),
            ("{item} დავაბრუნე, უკვე {days} გავიდა და არაფერი ვიცი.",
             "თანხის დაბრუნება ამ კვირაში",
             "ესე იგი, {item} დააბრუნეთ, უკვე {days} გავიდა და პასუხი არ გაქვთ — სწორია?"),
        ],
        "other": [
            ("სამჯერ დავრეკე, ყოველ ჯერზე მითხრეს, რომ დამირეკავდნენ. არავინ დარეკა.",
             "ზარი იმისგან, ვისაც გადაწყვეტილების მიღება შეუძლია",
             "თუ სწორად გავიგე, სამჯერ დაგპირდნენ დარეკვას და არავინ დარეკა — ასეა?"),
            ("ოფისი დაკეტილი იყო, თუმცა კარზე სამუშაო საათები ეწერა.",
             "სამუშაო საათების დაცვა",
             "ესე იგი, ოფისი სამუშაო საათებში დაკეტილი იყო — სწორია?"),
        ],
    },
    "incidents": {
        "fire_bins": ("მე-{b} კორპუსის სადარბაზოში კვამლი იდგა: შესასვლელთან ნაგვის ურნები "
                      "იწვოდა. მეხანძრეები მოვიდნენ.",
                      "ნაგვის ურნების ადგილის უსაფრთხოდ მოწყობა და დამნაშავის დადგენა",
                      "თუ სწორად გავიგე, მე-{b} კორპუსთან ურნები იწვოდა და სადარბაზოში კვამლი "
                      "იყო — ასეა?"),
        "fire_item": ("{on} თქვენთან ვიყიდეთ {item}, გუშინ საღამოს კი მოწყობილობამ ბოლვა "
                      "დაიწყო და ცეცხლი გაჩნდა. თვითონ ჩავაქრეთ.",
                      "თანხის დაბრუნება და დამწვარი სამზარეულოს მაგიდის ანაზღაურება",
                      "ესე იგი, {item} გუშინ აალდა და თვითონ ჩააქრეთ — სწორია?"),
        "lift_trapped": ("ჩემი მეუღლე მე-{b} კორპუსის ლიფტში ორმოცი წუთი იყო გაჭედილი და "
                         "განგაშის ღილაკზე არავინ უპასუხა.",
                         "ლიფტის სერიოზული შეკეთება და დისპეჩერი, რომელიც პასუხობს",
                         "თუ სწორად გავიგე, თქვენი მეუღლე ორმოცი წუთი იყო ლიფტში გაჭედილი და "
                         "არავინ უპასუხა — ასეა?"),
        "lift_power": ("მე-{b} კორპუსში დენი გაითიშა და მე და ჩემი მეზობელი ბნელ ლიფტში "
                       "გავიჭედეთ.", "მიზეზის დადგენა და განმეორების თავიდან აცილება",
                       "ესე იგი, დენის გათიშვის გამო ლიფტში გაიჭედეთ — სწორია?"),
        "gas_bang": ("დილით საქვაბეში აფეთქების ძლიერი ხმა გაისმა და ახლა სარდაფში გაზის "
                     "სუნია.", "დაუყოვნებლივ შემოწმება და გვითხარით, უსაფრთხოა თუ არა",
                     "თუ სწორად გავიგე, საქვაბეში აფეთქების ხმა იყო და ახლა გაზის სუნია — "
                     "ასეა?"),
        "power_out": ("მთელ მე-{b} კორპუსში დილიდან დენი არ არის, მაცივარი და საყინულე დნება.",
                      "დენის აღდგენა და გაფუჭებული საკვების ანაზღაურება",
                      "ესე იგი, მე-{b} კორპუსში დილიდან დენი არ არის — სწორია?"),
        "flood_ceiling": ("ზედა სართულიდან ჩვენს ბინაში ({unit}) ჭერიდან წყალი ჩამოდის, "
                          "იატაკი დატბორილია.",
                          "ჟონვის დაუყოვნებლივ შეჩერება და ზარალის ანაზღაურება",
                          "თუ სწორად გავიგე, ზემოდან თქვენს ბინაში წყალი ჩამოდის — ასეა?"),
        "flood_power": ("სამზარეულოს ჭერიდან წყალი სანათში ჩავიდა და ახლა ბინაში ({unit}) დენი "
                        "არ არის.", "დღესვე ელექტრიკოსი და სანტექნიკოსი",
                        "ესე იგი, წყალი სანათში ჩავიდა და ბინაში დენი არ არის — სწორია?"),
        "flood_basement": ("მე-{b} კორპუსის სარდაფის სათავსოები დაიტბორა, ჩვენი ნივთები "
                           "წყალშია.", "წყლის ამოტუმბვა და ზარალის ანაზღაურება",
                           "თუ სწორად გავიგე, მე-{b} კორპუსის სათავსოები დაიტბორა — ასეა?"),
        "bikes_stolen": ("წუხელ მე-{b} კორპუსის ველოსიპედების სათავსო გატეხეს, სამი ველოსიპედი "
                         "გაქრა, მათ შორის ჩემიც.",
                         "ახალი საკეტი, კამერა და დახმარება სადაზღვევოსთან",
                         "ესე იგი, სათავსო გატეხეს და თქვენი ველოსიპედი მოიპარეს — სწორია?"),
        "mail_stolen": ("წუხელ მე-{b} კორპუსში რამდენიმე საფოსტო ყუთი გატეხეს, ბანკიდან "
                        "მოსული ჩემი წერილი გაქრა.", "ყუთების შეკეთება და პოლიციაში შეტყობინება",
                        "თუ სწორად გავიგე, ყუთები გატეხეს და ბანკის წერილი დაიკარგა — ასეა?"),
        "dealing": ("ყოველ საღამოს მე-{b} კორპუსის სადარბაზოში ნარკოტიკებით ვაჭრობენ. გარეთ "
                    "გასვლის მეშინია.", "პოლიციის ინფორმირება და კარი, რომელიც იკეტება",
                    "ესე იგი, ყოველ საღამოს სადარბაზოში ნარკოტიკებით ვაჭრობენ — სწორია?"),
        "collective_noise": ("ჩვენი სართულის ხუთი ოჯახის სახელით მოვედი: პირველ სართულზე ბარი "
                             "ყოველ ღამე ხმამაღალ მუსიკას რთავს.",
                             "ბართან წერილობითი შეთანხმება ღამის სიჩუმეზე",
                             "თუ სწორად გავიგე, ხუთი ოჯახი უჩივის ბარის ღამის მუსიკას — ასეა?"),
        "collective_pests": ("მე-{b} კორპუსში ოთხ ოჯახს, მათ შორის ჩვენც, ბინებში ვირთხები ჰყავს. "
                             "საჩივარს ერთად ვწერთ.", "მთელი შენობის დერატიზაცია ამ კვირაში",
                             "ესე იგი, მე-{b} კორპუსში ოთხ ოჯახს ვირთხები ჰყავს — სწორია?"),
        "heating_plant": ("მთელ შენობაში ცენტრალური გათბობა გაფუჭდა, არც ერთ მეზობელს არ აქვს "
                          "არც გათბობა და არც ცხელი წყალი.",
                          "სასწრაფო შეკეთება და გამათბობლები ხანდაზმულებისთვის",
                          "თუ სწორად გავიგე, მთელ შენობაში გათბობა გაითიშა — ასეა?"),
        "aircon_plant": ("სიცხეში მე-{b} კორპუსში ცენტრალური კონდიციონერი გაფუჭდა, ბინაში 31 "
                         "გრადუსია.", "დღესვე შეკეთება, მანამდე კი ვენტილატორები",
                         "ესე იგი, სიცხეში მე-{b} კორპუსის კონდიციონერი გაფუჭდა — სწორია?"),
        "crack_wall": ("ბინაში ({unit}) მისაღების კედელზე ფართო ბზარი გაჩნდა და ყოველდღე "
                       "იზრდება.", "ინჟინერი, რომ შეამოწმოს, უსაფრთხოა თუ არა შენობა",
                       "თუ სწორად გავიგე, კედელზე ბზარი ყოველდღე იზრდება — ასეა?"),
    },
    # The amount stays in the nominative after a colon: "135 ₾" takes no case ending.
    "claims": {"retail": ["თანხის დაბრუნება: {amount}", "{amount} და წერილობითი ბოდიში"],
               "property": ["ზარალის ანაზღაურება: {amount}",
                            "შეკეთების ხარჯის ანაზღაურება: {amount}",
                            "მომსახურების საფასურის შემცირება: {amount}"]},
    "openers": ["საჩივარი მინდა შემოგიტანოთ.", "გამარჯობა.",
                "ბოდიში შეწუხებისთვის, მაგრამ ასე აღარ შეიძლება.",
                "ვერ დაგიკავშირდით, ამიტომ გწერთ."],
    "closers": ["გთხოვთ, დამირეკოთ.", "იმედი მაქვს, საკითხი მალე მოგვარდება.",
                "მართლა მომბეზრდა.", "გმადლობთ."],
    "repeat": ["ამ საკითხზე საჩივარს უკვე მესამედ ვწერ.",
               "გასულ თვეში ზუსტად იგივე პრობლემა შეგატყობინეთ და არაფერი შეცვლილა."],
    "media": ["თუ ამ კვირაში არ მოგვარდება, ჟურნალისტებს მივმართავ.",
              "ადვოკატმა მირჩია, ყველაფერი წერილობით დავაფიქსირო; საჭიროების შემთხვევაში "
              "სასამართლოს მივმართავ."],
    "relational": ["აქ თორმეტი წელია ვცხოვრობ და ასეთი დამოკიდებულება არასდროს მინახავს.",
                   "სიმართლე გითხრათ, თქვენი ოფისის დაპირებების აღარ მჯერა.",
                   "წლების განმავლობაში თქვენი ერთგული მყიდველი ვიყავი, მაგრამ ეს ბოლოა."],
    "subject": "ბეჯზე ეწერა: {staff}.",
    "qa": {
        "property": [
            ("პირველად როდის შეამჩნიეთ?", "{since} დაიწყო."),
            ("ადრე ვინმეს უნახავს?", "კი, გასულ თვეში მოვიდნენ, მაგრამ ისევ განმეორდა."),
            ("კიდევ ვის ეხება?", "ჩვენი სართულის მეზობლებსაც, რამდენადაც ვიცი."),
            ("როდის შეგვიძლია ბინაში შემოსვლა?", "სამუშაო დღეებში ოთხის შემდეგ, ოღონდ "
             "წინასწარ დამირეკეთ."),
            ("ხომ არ არის რისკის ქვეშ ვინმე — ბავშვები, ხანდაზმულები, ავადმყოფები?",
             "დედაჩემი ჩვენთან ცხოვრობს, 80 წლისაა."),
            ("ფოტოები გაქვთ?", "კი, დღესვე გამოგიგზავნით."),
        ],
        "retail": [
            ("როდის იყიდეთ?", "{on} ვიყიდე."),
            ("ქვითარი შეგრჩათ?", "მხოლოდ ბარათის ამონაწერი მაქვს."),
            ("ზუსტად რა მოხდა?", "უბრალოდ გაჩერდა. არც სუნი, არც ხმა."),
            ("როგორ იყენებდით?", "ჩვეულებრივად, ინსტრუქციის მიხედვით."),
            ("ამაზე ადრე დაგვიკავშირდით?", "პარასკევს დავრეკე, მაგრამ არავინ გადმომირეკა."),
            ("რა გამოასწორებდა სიტუაციას?", "სიმართლე გითხრათ, უბრალოდ გამართული ნივთი."),
        ],
    },
    "notes": {
        "ack": ["მომხმარებელს გადავურეკეთ: დავუდასტურეთ საჩივრის მიღება და ავუხსენით შემდეგი "
                "ნაბიჯები.", "მომხმარებელს გავუგზავნეთ წერილი მიღების დადასტურებით და "
                "შეთანხმებული ვადით.", "მომხმარებელს დახლთან ვესაუბრეთ და შევთანხმდით, როდის "
                "დავურეკავთ."],
        "property": ["სანტექნიკოსს ვთხოვეთ, {on} მოვიდეს.", "ლიფტების კომპანიას ავარიული "
                     "გამოძახება გავუკეთეთ.", "შევამოწმეთ მომსახურების ჟურნალი: იგივე "
                     "გაუმართაობა გასულ გაზაფხულზეც იყო.", "კონტრაქტორს ხარჯთაღრიცხვა ვთხოვეთ.",
                     "ზედამხედველი დღეს შუადღის შემდეგ მე-{b} კორპუსს შეამოწმებს.",
                     "მე-{b} კორპუსის დაფაზე განცხადება გავაკარით."],
        "retail": ["შეკვეთა სალაროს სისტემაში მოვძებნეთ.", "მომწოდებელს შეცვლა ვთხოვეთ.",
                   "ნივთი სახელოსნოში შევამოწმეთ: დეფექტი დადასტურდა.",
                   "მიწოდების სტატუსი შევამოწმეთ: ამანათი ჩაბარებულად არის მონიშნული.",
                   "ტერმინალის ჟურნალი შევამოწმეთ ორმაგ გადახდაზე.",
                   "იმ დღეს მორიგე თანამშრომლებს ვესაუბრეთ."],
        "update": ["მომხმარებელს დავურეკეთ: ნაწილი შეკვეთილია.",
                   "მომხმარებელს ვაცნობეთ, რომ ხელოსანი {on} მივა.",
                   "ხმოვანი შეტყობინება დავუტოვეთ სიახლეებით და ახალი ვადით.",
                   "მომხმარებელს შემოწმების შედეგები გავუგზავნეთ."],
        "waiting": ["მომხმარებელს დაზიანების ფოტოები ვთხოვეთ.",
                    "მომხმარებელს ვკითხეთ, როდის შეგვიძლია ბინაში შესვლა.",
                    "ველოდებით, როდის მოიტანს მომხმარებელი ქვითარს."],
    },
    "resolution": {
        "refund": ["თანხა ({amount}) სრულად დაბრუნდა იმავე ბარათზე.",
                   "თანხა ({amount}) ნაღდი ფულით დაბრუნდა დახლთან."],
        "exchange": ["ნივთი საწყობიდან ახლით შეიცვალა.", "შეიცვალა სწორი ნივთით, მიტანა უფასოდ."],
        "repair": ["ჩვენმა ხელოსანმა შეაკეთა და მომხმარებელთან ერთად შეამოწმა.",
                   "კონტრაქტორმა დაზიანება აღმოფხვრა და მეზობელი ბინებიც შეამოწმა."],
        "repair_item": ["საგარანტიო შეკეთება ჩვენს სახელოსნოში.",
                        "უფასო შეკეთება; შეკეთების დროს დროებითი მოწყობილობა მივეცით."],
        "compensation": ["მომხმარებელს ჩაერიცხა კომპენსაცია: {amount}.",
                         "შეწუხებისთვის გადახდილია კომპენსაცია: {amount}."],
        "discount": ["შემდეგ ანგარიშზე ჩაითვლება {amount}.",
                     "შემდეგ მომსახურების საფასურზე ფასდაკლება: {amount}."],
        "apology": ["მენეჯერის ოფიციალური ბოდიში, პირადად.",
                    "წერილობითი ბოდიში; საკითხი მთელ გუნდთან განვიხილეთ."],
        "explanation": ["განვუმარტეთ პირობები და ვაჩვენეთ შემოწმების აქტი; საჩივარი არ "
                        "დადასტურდა.", "ავუხსენით, რატომ არის თანხა სწორად დარიცხული; დაბრუნება "
                        "არ ეკუთვნის."],
        "other_noise": ["მეზობლებს ვესაუბრეთ; სიჩუმის საათები წერილობით შევათანხმეთ."],
        "other_pests": ["შენობაში ჩატარდა დეზინსექცია; განმეორებითი შემოწმება ორ კვირაში."],
        "other_cleaning_grounds": ["ჩატარდა დამატებითი დასუფთავება, გრაფიკი დაფაზეა გაკრული."],
        "other_other_services": ["მოთხოვნა შესრულდა და წერილობით დადასტურდა."],
        "other": ["გადაეცა შესაბამის განყოფილებას, პასუხის მკაფიო ვადით."],
    },
    "reply_open": ["გმადლობთ მოთმინებისთვის და კიდევ ერთხელ ბოდიშს გიხდით.",
                   "ძალიან ვწუხვართ, რომ ამან შეგაწუხათ.", "კიდევ ერთხელ გიხდით ბოდიშს."],
    "reply_close": ["მადლობა ნდობისთვის და იმისთვის, რომ გვაჩვენეთ, რა უნდა გავაუმჯობესოთ.",
                    "მადლობა, რომ შეგვატყობინეთ: ეს უკეთ მუშაობაში გვეხმარება.",
                    "მადლობა მოთმინებისა და ნდობისთვის."],
    "change": {"property": ["ამიერიდან ზედამხედველი ამას ყოველკვირა შეამოწმებს.",
                            "ეს შენობის მომსახურების გეგმაში შევიტანეთ."],
               "retail": ["ეს შემოწმება საქონლის მიღების პროცედურას დავამატეთ.",
                          "მთელ გუნდს ავუხსენით, რომ ეს აღარ განმეორდეს."]},
    "causes": {
        "unit_repairs": ("მე-{b} კორპუსის ძველი დგარები დაჟანგულია",
                         "მე-{b} კორპუსში დგარების შეცვლა; დანარჩენი კორპუსების ყოველწლიური "
                         "შემოწმება"),
        "noise": ("ახალმა მობინადრეებმა სიჩუმის საათები არ იციან",
                  "სიჩუმის საათები ახალი მობინადრის ბროშურაში და ყველა დაფაზე"),
        "shared_facilities": ("ლიფტის ხელშეკრულება თვეში მხოლოდ ერთ ვიზიტს ითვალისწინებს",
                              "ახალი ხელშეკრულება ოთხსაათიანი ავარიული გამოძახებით"),
        "cleaning_grounds": ("დასუფთავების გრაფიკი დიდი ნარჩენების გატანის დღეებს არ "
                             "ითვალისწინებს", "დამატებითი დასუფთავება ყოველი გატანის შემდეგ"),
        "pests": ("სარდაფში მილების ირგვლივ ღრიჭოებიდან ვირთხები შემოდიან",
                  "ღრიჭოების ამოვსება; შემოწმება კვარტალში ერთხელ"),
        "lost_mail": ("გადასვლის შემდეგ საფოსტო ყუთებზე სახელები არ იცვლება",
                      "ყუთზე სახელის მიწერა გასაღების გადაცემის დღეს"),
        "other_services": ("მოთხოვნები ქაღალდზეა და იკარგება",
                           "ყველა მოთხოვნის რეგისტრაცია პასუხის ვადით"),
        "product_quality": ("ერთი მომწოდებლის პარტიაში დეფექტური ნაწილია",
                            "ამ მომწოდებლის ყოველი მიწოდების შემოწმება გაყიდვამდე"),
        "wrong_item": ("მსგავსი ნივთები გვერდიგვერდ ინახება",
                       "ცალკე თაროები და ყოველი ნივთის სკანირება შეფუთვისას"),
        "delivery": ("შაბათ-კვირას საკურიერო სამსახური გადატვირთულია",
                     "მეორე კურიერი შაბათის მიწოდებისთვის"),
        "billing": ("ტერმინალი დროის ამოწურვის შემდეგ თანხას ორჯერ ჭრის",
                    "ტერმინალის პროგრამა განახლდა; გადახდების ყოველდღიური შემოწმება"),
        "staff_attitude": ("შაბათობით თანამშრომლები არ გვყოფნის",
                           "შაბათობით დამატებითი თანამშრომელი და მომსახურების ტრენინგი"),
        "returns": ("სალაროსთან დაბრუნების წესებს არ ხსნიან",
                    "წესები ქვითარზე იბეჭდება; თანამშრომლები ინსტრუქტაჟგავლილი არიან"),
        "other": ("ცვლებს შორის ინფორმაცია არ გადაიცემა",
                  "ცვლის გადაბარების სია ყოველ ცვლაზე"),
    },
    "report_to": "განყოფილების ხელმძღვანელი და ოფისის ხელმძღვანელი",
    "report_means": ["ტელეფონით", "პირადად", "ტელეფონით, შემდეგ ელფოსტით"],
    "places": {"common": ["ლიფტი, მე-{b} კორპუსი", "ვესტიბიული, მე-{b} კორპუსი", "ავტოსადგომი",
                          "ნაგვის ურნები მე-{b} კორპუსის უკან", "სადარბაზო, მე-{b} კორპუსი",
                          "ეზო"],
               "mail": ["საფოსტო ყუთები, მე-{b} კორპუსის პირველი სართული", "რეცეფცია"],
               "shop": ["მაღაზიაში", "ონლაინ მაღაზია", "მიტანა სახლში"]},
}

PHRASES = {"en": EN, "nl": NL, "ru": RU, "zh_CN": ZH, "ka": KA}
