/* The Daily Lantern's archive: fixed articles; bodies are assembled from each desk's sentence bank. */
"use strict";

var DESKS = {
  world: [
    "Negotiators worked late into the evening, trading draft clauses across a long table covered in coffee cups.",
    "Officials in the harbor city said the new ferry timetable would take effect at the start of next season.",
    "Residents interviewed along the river described a mix of cautious hope and practical concern about the plan.",
    "The council's spokesperson declined to give figures, saying the numbers were still being checked by auditors.",
    "Observers noted that similar agreements had stalled twice before, both times over questions of funding.",
    "Farmers in the valley have already begun adjusting their planting calendars in response to the announcement."
  ],
  tech: [
    "The prototype runs on a battery smaller than a matchbox and wakes only when something changes nearby.",
    "Engineers on the project said most of the effort went into making the software boring and predictable.",
    "Early testers praised the simple setup but asked for clearer messages when something goes wrong.",
    "The team published its design notes so that other groups can check the measurements for themselves.",
    "Power use fell by almost half after the scheduler learned to batch small jobs together.",
    "A spokesperson said the update would roll out gradually, starting with a small group of volunteers."
  ],
  science: [
    "The researchers spent three winters collecting samples from the same frozen lake, one core at a time.",
    "Under the microscope, the layers looked like the pages of a book that had been closed for centuries.",
    "Colleagues not involved in the study called the method careful and the conclusions appropriately modest.",
    "The next step is to repeat the measurements at two other sites with very different climates.",
    "Funding for the observatory comes from a partnership between four universities and a regional museum.",
    "The paper's lead author admitted the result surprised her as much as anyone else on the team."
  ],
  culture: [
    "The exhibition fills six rooms, each lit so softly that visitors instinctively lower their voices.",
    "Rehearsals took place in a converted tram depot, where the acoustics turned out to be unexpectedly kind.",
    "Critics were divided on the ending, but audiences stayed in their seats long after the lights came up.",
    "The author wrote most of the novel on early morning trains, filling notebooks between stations.",
    "Local bakeries have started selling a pastry named after the festival's paper-lantern parade.",
    "Tickets for the closing weekend sold out within an hour, the organizers said."
  ],
  sports: [
    "The home side pressed high from the first whistle and never really let the visitors settle.",
    "Her coach said the secret was not talent but the thousand unremarkable training sessions nobody saw.",
    "A late substitution changed the rhythm of the match and the crowd noticed it immediately.",
    "The club's youth academy has now produced four regular starters in as many seasons.",
    "Weather delayed the start by forty minutes, but the grounds crew had the course ready in time.",
    "After the final race the veteran thanked the volunteers who had marshalled the route since dawn."
  ]
};

var CATEGORY_NAMES = { world: "World", tech: "Technology", science: "Science", culture: "Culture", sports: "Sports" };
var AUTHORS = ["Mira Sandoval", "Tobias Wren", "Priya Nair", "Oskar Lund", "Helen Achebe", "Daniel Moreau"];

var RAW = [
  ["harbor-ferry-timetable", "world", "Harbor city agrees new ferry timetable after marathon talks", "transport,cities"],
  ["matchbox-sensor", "tech", "A sensor the size of a matchbox that sleeps until the world changes", "hardware,energy"],
  ["frozen-lake-cores", "science", "Three winters on a frozen lake reveal a thousand years of weather", "climate,research"],
  ["tram-depot-opera", "culture", "An opera rehearsed in an old tram depot finds its voice", "music,cities"],
  ["youth-academy-starters", "sports", "How a small club's academy became its best signing", "football,youth"],
  ["river-valley-planting", "world", "Valley farmers rewrite their calendars as the river plan advances", "farming,climate"],
  ["boring-software", "tech", "The quiet virtue of boring software", "software,design"],
  ["observatory-partnership", "science", "Four universities and a museum share one small observatory", "space,research"],
  ["lantern-parade", "culture", "The paper-lantern parade that gave a pastry its name", "food,festivals"],
  ["forty-minute-delay", "sports", "Forty minutes of rain, then a course record", "running,weather"],
  ["council-audit", "world", "Council keeps budget figures under wraps until audit ends", "politics,cities"],
  ["scheduler-batching", "tech", "Batching small jobs halves a data center's power bill", "energy,software"],
  ["second-site-study", "science", "Lake study moves to two new sites to test a surprising result", "climate,research"],
  ["six-quiet-rooms", "culture", "Six quiet rooms: inside the season's most talked-about exhibition", "art,design"],
  ["thousand-sessions", "sports", "A thousand unremarkable training sessions", "athletics,youth"],
  ["stalled-agreements", "world", "Why two earlier border agreements stalled, and what changed", "politics,transport"],
  ["design-notes-published", "tech", "Team publishes design notes so others can check its numbers", "hardware,open-data"],
  ["surprised-author", "science", "\"It surprised me too\": a lead author on an unexpected finding", "research,people"],
  ["train-notebooks", "culture", "A novel written between train stations", "books,transport"],
  ["late-substitution", "sports", "The late substitution that turned a quiet match around", "football,tactics"],
  ["ferry-workers", "world", "Ferry crews prepare for longer summer schedules", "transport,work"],
  ["gradual-rollout", "tech", "Why the update is reaching volunteers first", "software,privacy"],
  ["layers-like-pages", "science", "Reading sediment layers like the pages of a closed book", "climate,history"],
  ["sold-out-weekend", "culture", "Festival's closing weekend sells out within an hour", "festivals,music"],
  ["volunteer-marshals", "sports", "The volunteers who marshal the marathon route at dawn", "running,people"],
  ["riverbank-voices", "world", "Voices from the riverbank: hope and practical worry", "people,farming"],
  ["clearer-error-messages", "tech", "Testers ask for clearer error messages, and get them", "software,design"],
  ["microscope-winter", "science", "A winter spent at the microscope", "research,people"],
  ["lights-came-up", "culture", "Audiences linger after a divisive ending", "theatre,art"],
  ["pressing-high", "sports", "Pressing high from the first whistle", "football,tactics"],
  ["harbor-night-market", "world", "Harbor night market returns to the old customs house", "cities,food"],
  ["matchbox-battery-life", "tech", "How long can a matchbox battery really last?", "hardware,energy"],
  ["museum-telescope", "science", "The museum telescope that students book a year ahead", "space,education"],
  ["pastry-queue", "culture", "The queue outside the bakery starts before sunrise", "food,people"],
  ["course-record", "sports", "Course record falls on a wet morning", "running,weather"],
  ["ferry-fares-frozen", "world", "Ferry fares frozen for another year", "transport,money"]
];

/* Deterministic "long read": paragraph p of article i takes sentences from its desk in a rotating order. */
function buildBody(index, desk) {
  var bank = DESKS[desk], paragraphs = [];
  for (var p = 0; p < 6; p++) {
    var sentences = [];
    for (var s = 0; s < 4; s++) sentences.push(bank[(index + p * 2 + s * 5) % bank.length]);
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs;
}

var ARTICLES = RAW.map(function (row, i) {
  var day = 28 - Math.floor(i * 27 / RAW.length);
  return {
    slug: row[0], category: row[1], title: row[2], tags: row[3].split(","),
    author: AUTHORS[i % AUTHORS.length], date: "March " + day + ", 2024",
    minutes: 3 + (i * 5) % 9,
    summary: DESKS[row[1]][i % 6],
    body: buildBody(i, row[1])
  };
});

var SEED_COMMENTS = {
  "harbor-ferry-timetable": [["Jun", "Finally! The early crossing was always packed."], ["Marguerite", "Will the night ferry keep running on Sundays?"]],
  "boring-software": [["Felix", "Printing this out for my whole team."]]
};
