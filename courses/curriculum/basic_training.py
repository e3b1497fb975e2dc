"""The link worker basic training, version 2026, in Finnish, Swedish and English.

Read by `courses.curriculum.loader.load_curriculum` (see its docstring for the shape). The order of
MODULES is the order trainees see. Module 1 is open from the start; module 2 needs module 1; the
other required modules need module 2. The self-care module at the end is optional and always open.

Body HTML uses only h2, h3, p, ul, ol, li, strong, em, blockquote, a and simple tables, because the
activity page already has the page title as its only h1. Every language carries the same content.
"""

COURSE = {
    "code": "link-worker-basic",
    "version": "2026",
    "title": {
        "fi": "Linkkihenkilön peruskoulutus",
        "sv": "Grundutbildning för länkpersoner",
        "en": "Link worker basic training",
    },
    "description": {
        "fi": (
            "<p>Tämä koulutus valmistaa sinut toimimaan linkkihenkilönä eli hyvinvointilähettinä "
            "hyvinvointilähetemallissa Lapissa. Opit, mihin malli perustuu, mitä linkkihenkilö tekee ja "
            "mitä ei, miten kohtaat ihmisen ja kuljet hänen rinnallaan, miten löydät paikallista toimintaa "
            "ja miten arvioitte yhdessä, mikä on muuttunut.</p>"
            "<p>Koulutus on kirjoitettu vapaaehtoisille. Et tarvitse sosiaali- tai terveysalan tutkintoa. "
            "Jokaisen sivun lopussa on pohdittavaa. Voit käydä pohdinnat läpi mentorointitapaamisissa ja "
            "koulutusryhmän kanssa.</p>"
            "<p>Aloita ensimmäisestä osasta. Kun olet käynyt läpi kaksi ensimmäistä osaa, muut osat "
            "avautuvat ja voit edetä niissä haluamassasi järjestyksessä.</p>"
        ),
        "sv": (
            "<p>Den här utbildningen förbereder dig för att arbeta som länkperson (på finska "
            '<em><span lang="fi">linkkihenkilö</span></em> eller <em><span lang="fi">hyvinvointilähetti</span></em>) inom'
            " modellen med välfärdsremiss i "
            "Lappland. Du får veta vad modellen bygger på, vad en länkperson gör och inte gör, hur du möter en "
            "människa och går bredvid henne, hur du hittar verksamhet på orten och hur ni tillsammans bedömer vad "
            "som har förändrats.</p><p>Utbildningen är skriven för frivilliga. Du behöver ingen examen inom "
            "social- och hälsovården. Varje sida slutar med frågor att fundera på. Du kan ta upp dem på "
            "mentorsträffarna och i utbildningsgruppen.</p><p>Börja med den första delen. När du har gått igenom "
            "de två första delarna öppnas resten, och du kan ta dem i vilken ordning du vill.</p>"
        ),
        "en": (
            "<p>This training prepares you to work as a link worker (in Finnish <em>linkkihenkilö</em> or "
            "<em>hyvinvointilähetti</em>) in the welfare referral model in Lapland. You will learn what the "
            "model is based on, what a link worker does and does not do, how to meet a person and walk "
            "alongside them, how to find local activities, and how to evaluate together what has changed.</p>"
            "<p>The training is written for volunteers. You do not need a degree in health or social care. "
            "Every page ends with questions to reflect on. You can go through them in your mentoring "
            "sessions and with your training group.</p>"
            "<p>Start with the first module. Once you have finished the first two modules, the rest open and "
            "you can take them in any order you like.</p>"
        ),
    },
}


# 1. The welfare referral model and who it is for ------------------------------------------------

REFERRAL_MODEL = {
    "key": "referral-model",
    "title": {
        "fi": "Hyvinvointilähete ja kenelle se on tarkoitettu",
        "sv": "Välfärdsremissen och vem den är till för",
        "en": "The welfare referral model and who it is for",
    },
    "summary": {
        "fi": "Opit, mikä hyvinvointilähete on, kuka sen kirjoittaa, kenelle se sopii ja miten polku lähetteestä toimintaan kulkee.",
        "sv": (
            "Du lär dig vad en välfärdsremiss är, vem som skriver den, vem den passar och hur vägen från remiss "
            "till verksamhet ser ut."
        ),
        "en": "You learn what a welfare referral is, who writes it, who it suits and how the path from a referral to activity runs.",
    },
    "minutes": 45,
    "required": True,
    "prerequisites": [],
    "activities": [
        {
            "kind": "text",
            "title": {
                "fi": "Mikä hyvinvointilähete on?",
                "sv": "Vad är en välfärdsremiss?",
                "en": "What is a welfare referral?",
            },
            "minutes": 20,
            "body": {
                "fi": """
<h2>Lähete hyvinvointiin, ei hoitoon</h2>
<p>Useimmat tuntevat lääkärin lähetteen: sillä pääsee tutkimuksiin tai hoitoon. Hyvinvointilähete on erilainen. Sen tarkoitus on auttaa ihmistä löytämään arkeensa jotakin, mikä tuo iloa, seuraa ja merkitystä. Se voi olla kuoro, kävelyporukka, kyläyhdistyksen talkoot, seurakunnan kerho tai kansalaisopiston kurssi. Hyvinvointilähete ei korvaa hoitoa. Se kulkee hoidon rinnalla tai auttaa silloin, kun varsinaista hoitoa ei tarvita.</p>
<p>Lähetteen voi kirjoittaa sosiaali- tai terveysalan ammattilainen, esimerkiksi terveydenhoitaja, lääkäri tai sosiaaliohjaaja. Hän huomaa, että aikuisen hyvinvointia heikentää yksinäisyys, alakulo tai vaikea elämäntilanne. Lääkkeet ja tutkimukset eivät ole vastaus kaikkeen. Joskus ihminen tarvitsee ennen kaikkea toisen ihmisen, joka auttaa häntä ottamaan ensimmäisen askeleen.</p>
<h2>Miksi tällainen malli on olemassa?</h2>
<p>Yksinäisyys ja merkityksettömyyden tunne vaikuttavat siihen, miten ihminen jaksaa, nukkuu, syö ja pitää huolta itsestään. Moni hakeutuu terveyskeskukseen, vaikka pohjimmiltaan kaipaa yhteyttä muihin. Samaan aikaan lähellä voi olla paljon toimintaa, josta hän ei tiedä tai johon hän ei uskalla mennä yksin. Hyvinvointilähete rakentaa sillan näiden kahden välille.</p>
<p>Lapissa silta on erityisen tärkeä. Välimatkat ovat pitkiä, kylät pieniä ja palvelut usein kaukana. Tieto paikallisesta toiminnasta kulkee usein suusta suuhun, eikä uusi asukas tai yksin jäänyt ihminen aina pääse siihen mukaan. Mallia on kokeiltu Sodankylässä, Kemijärvellä, Muoniossa ja Enontekiöllä sekä Lapin hyvinvointialueen kaikilla neljällä palvelualueella.</p>
<h2>Kolme roolia</h2>
<ul>
<li><strong>Lähettävä ammattilainen</strong> tunnistaa tarpeen, keskustelee siitä ihmisen kanssa ja kirjoittaa lähetteen, jos ihminen haluaa.</li>
<li><strong>Koordinaattori</strong> ottaa lähetteen vastaan. Hän joko ohjaa ihmisen suoraan sopivaan toimintaan tai nimeää hänelle koulutetun linkkihenkilön.</li>
<li><strong>Linkkihenkilö</strong> eli hyvinvointilähetti – sinä – tapaa ihmisen, kartoittaa hänen tilanteensa, toiveensa ja tavoitteensa, kulkee hänen rinnallaan sovitun ajan ja arvioi edistymistä yhdessä hänen kanssaan.</li>
</ul>
<p>Et ole yksin. Tukenasi on koordinaattori ja mentorointi eli säännölliset työnohjaukselliset tapaamiset, joissa voit pohtia omaa toimintaasi muiden kanssa.</p>
<h2>Vapaaehtoisuus on perusta</h2>
<p>Lähete on tarjous, ei määräys. Ihminen päättää itse, ottaako hän tuen vastaan, mihin hän haluaa pyrkiä ja milloin hän haluaa lopettaa. Sinun tehtäväsi ei ole muuttaa ihmistä vaan auttaa häntä löytämään oma suuntansa ja omat keinonsa.</p>
<blockquote><p><strong>Esimerkki:</strong> Terveydenhoitaja tapaa 72-vuotiaan miehen, jonka vaimo kuoli viime keväänä. Verenpaine on kunnossa, mutta mies kertoo, ettei ole käynyt kylällä kuukausiin eikä jaksa enää lähteä kalaan. Terveydenhoitaja kysyy, haluaisiko hän tavata ihmisen, joka voisi auttaa löytämään seuraa ja tekemistä. Mies epäröi mutta suostuu. Terveydenhoitaja kirjoittaa hyvinvointilähetteen.</p></blockquote>
<h3>Pohdi</h3>
<ul>
<li>Mitä sinun kotiseudullasi tapahtuu tavallisen viikon aikana, mihin yksin jäänyt ihminen voisi osallistua?</li>
<li>Mikä voisi estää ihmistä lähtemästä mukaan, vaikka toimintaa olisi tarjolla?</li>
<li>Miksi on tärkeää, että ihminen saa itse päättää, ottaako hän tuen vastaan?</li>
</ul>
""",
                "sv": """
<h2>En remiss till välmående, inte till vård</h2>
<p>De flesta känner till läkarremissen: med den kommer man till undersökningar eller vård. Välfärdsremissen är något annat. Den ska hjälpa människan att hitta något i vardagen som ger glädje, sällskap och mening. Det kan vara en kör, en promenadgrupp, byaföreningens talko, en klubb i församlingen eller en kurs vid medborgarinstitutet. Välfärdsremissen ersätter inte vård. Den går vid sidan av vården, eller hjälper när det inte behövs någon egentlig vård.</p>
<p>Remissen kan skrivas av en yrkesperson inom social- och hälsovården, till exempel en hälsovårdare, en läkare eller en socialhandledare. Hon eller han märker att en vuxen mår dåligt av ensamhet, nedstämdhet eller en svår livssituation. Mediciner och undersökningar är inte svaret på allt. Ibland behöver en människa framför allt en annan människa som hjälper henne att ta det första steget.</p>
<h2>Varför finns en sådan modell?</h2>
<p>Ensamhet och en känsla av att ingenting betyder något påverkar hur en människa orkar, sover, äter och tar hand om sig själv. Många söker sig till hälsovårdscentralen fast de innerst inne saknar kontakt med andra. Samtidigt kan det finnas mycket verksamhet i närheten som de inte känner till eller inte vågar gå till ensamma. Välfärdsremissen bygger en bro mellan de två.</p>
<p>I Lappland är bron särskilt viktig. Avstånden är långa, byarna små och servicen ofta långt borta. Vad som händer på orten sprids ofta från mun till mun, och den som är nyinflyttad eller har blivit ensam får inte alltid höra om det. Modellen har prövats i Sodankylä, Kemijärvi, Muonio och Enontekis och inom alla fyra serviceområden i Lapplands välfärdsområde.</p>
<h2>Tre roller</h2>
<ul>
<li><strong>Den remitterande yrkespersonen</strong> känner igen behovet, pratar om det med människan och skriver remissen om hon vill det.</li>
<li><strong>Koordinatorn</strong> tar emot remissen. Koordinatorn hänvisar antingen människan direkt till lämplig verksamhet eller utser en utbildad länkperson för henne.</li>
<li><strong>Länkpersonen</strong> – du – träffar människan, kartlägger hennes situation, önskemål och mål, går bredvid henne under den tid ni kommit överens om och bedömer tillsammans med henne hur det går.</li>
</ul>
<p>Du är inte ensam. Du har stöd av koordinatorn och av mentorskapet, det vill säga regelbundna handledningsträffar där du kan fundera över ditt eget arbete tillsammans med andra.</p>
<h2>Frivilligheten är grunden</h2>
<p>En remiss är ett erbjudande, inte en order. Människan bestämmer själv om hon tar emot stödet, vad hon vill sträva efter och när hon vill sluta. Din uppgift är inte att förändra människan utan att hjälpa henne att hitta sin egen riktning och sina egna sätt att nå dit.</p>
<blockquote><p><strong>Exempel:</strong> En hälsovårdare träffar en 72-årig man vars fru dog i våras. Blodtrycket är bra, men mannen berättar att han inte har varit i byn på flera månader och inte längre orkar åka ut och fiska. Hälsovårdaren frågar om han skulle vilja träffa någon som kunde hjälpa honom att hitta sällskap och något att göra. Mannen tvekar men går med på det. Hälsovårdaren skriver en välfärdsremiss.</p></blockquote>
<h3>Fundera</h3>
<ul>
<li>Vad händer på din hemort under en vanlig vecka som en människa som blivit ensam kunde delta i?</li>
<li>Vad kunde hindra någon från att komma med, fast det finns verksamhet?</li>
<li>Varför är det viktigt att människan själv får bestämma om hon tar emot stödet?</li>
</ul>
""",
                "en": """
<h2>A referral to wellbeing, not to treatment</h2>
<p>Most people know a doctor's referral: it gets you tests or treatment. A welfare referral is different. Its purpose is to help a person find something in everyday life that brings joy, company and meaning. It might be a choir, a walking group, a work party at the village association, a parish club or a course at the adult education centre. A welfare referral does not replace care. It runs alongside care, or it helps when no actual care is needed.</p>
<p>A referral can be written by a health or social-care professional, such as a public health nurse, a doctor or a social counsellor. They notice that an adult's wellbeing suffers from loneliness, low mood or a hard life situation. Medicines and tests are not the answer to everything. Sometimes what a person needs most is another person who helps them take the first step.</p>
<h2>Why does this model exist?</h2>
<p>Loneliness and a sense that nothing matters affect how a person copes, sleeps, eats and looks after themselves. Many people come to the health centre when, deep down, what they miss is contact with others. At the same time there may be plenty going on nearby that they do not know about, or do not dare to go to alone. The welfare referral builds a bridge between the two.</p>
<p>In Lapland the bridge matters even more. Distances are long, villages are small and services are often far away. News about local activity often travels by word of mouth, and a newcomer or someone left on their own does not always hear it. The model has been piloted in Sodankylä, Kemijärvi, Muonio and Enontekiö, and across all four service areas of the Lapland wellbeing services county (Lapin hyvinvointialue).</p>
<h2>Three roles</h2>
<ul>
<li><strong>The referring professional</strong> recognises the need, talks it over with the person and writes the referral if the person wants one.</li>
<li><strong>The coordinator</strong> receives the referral. They either guide the person straight to suitable activity or assign them a trained link worker.</li>
<li><strong>The link worker</strong> – you – meets the person, maps their situation, wishes and goals, walks alongside them for an agreed time and evaluates progress together with them.</li>
</ul>
<p>You are not alone. You are supported by the coordinator and by mentoring: regular supervision sessions where you can reflect on your own work with others.</p>
<h2>Taking part is voluntary</h2>
<p>A referral is an offer, not an order. The person decides whether to accept support, what they want to aim for and when they want to stop. Your task is not to change the person but to help them find their own direction and their own ways of getting there.</p>
<blockquote><p><strong>Example:</strong> A public health nurse sees a 72-year-old man whose wife died last spring. His blood pressure is fine, but he says he has not been to the village centre for months and no longer feels like going fishing. The nurse asks whether he would like to meet someone who could help him find company and things to do. He hesitates but agrees. The nurse writes a welfare referral.</p></blockquote>
<h3>Reflect</h3>
<ul>
<li>What happens in your home area during an ordinary week that a person living alone could take part in?</li>
<li>What might stop someone from joining in, even when activities are available?</li>
<li>Why does it matter that the person decides for themselves whether to accept support?</li>
</ul>
""",
            },
        },
        {
            "kind": "text",
            "title": {
                "fi": "Kenelle lähete sopii ja miten polku kulkee",
                "sv": "Vem remissen passar och hur vägen går",
                "en": "Who the referral suits and how the path runs",
            },
            "minutes": 25,
            "body": {
                "fi": """
<h2>Kenelle hyvinvointilähete sopii?</h2>
<p>Hyvinvointilähete on tarkoitettu aikuisille, joiden hyvinvointia heikentää jokin näistä:</p>
<ul>
<li><strong>Yksinäisyys.</strong> Ihminen on jäänyt leskeksi, muuttanut uudelle paikkakunnalle, jäänyt eläkkeelle tai menettänyt työyhteisönsä. Hän voi kaivata seuraa, vaikka ympärillä olisi ihmisiä.</li>
<li><strong>Alakulo.</strong> Mieliala on matala, mikään ei oikein kiinnosta ja päivät valuvat ohi. Alakulo ei vaadi diagnoosia. Jos taustalla on sairaus, sitä hoidetaan terveydenhuollossa, ja lähete voi kulkea hoidon rinnalla.</li>
<li><strong>Vaikea elämäntilanne.</strong> Esimerkiksi ero, työttömyys, oma tai läheisen sairaus, omaishoidon kuormitus tai elämä muuttuu muuten yllättäen.</li>
</ul>
<p>Usein nämä kietoutuvat toisiinsa. Kolme esimerkkiä, jotka kulkevat mukana koko koulutuksen ajan:</p>
<ul>
<li>Kylässä asuva leskimies, joka on lakannut käymästä missään puolisonsa kuoleman jälkeen.</li>
<li>Nuori aikuinen, joka muutti opiskelemaan Rovaniemelle. Hän ei tunne kaupungista ketään ja viettää illat yksin asunnossaan.</li>
<li>Poronhoitajan puoliso, joka on kiireisinä kausina pitkiä aikoja yksin kotona kaukana kylästä ja tuntee jäävänsä kaiken ulkopuolelle.</li>
</ul>
<h2>Milloin lähete ei ole oikea ratkaisu?</h2>
<p>Hyvinvointilähete ei sovi tilanteeseen, jossa ihminen tarvitsee ensin kiireellistä hoitoa tai suojaa. Akuutti kriisi, itsetuhoisuus, väkivalta, vakava psyykkinen oireilu tai hallitsematon päihteiden käyttö kuuluvat ammattilaisille. Lähettävä ammattilainen arvioi tämän ennen lähetettä. Tilanne voi kuitenkin muuttua matkan varrella. Toisessa osassa opit, miten toimit silloin.</p>
<h2>Polku vaiheittain</h2>
<ol>
<li><strong>Lähete.</strong> Ammattilainen ja ihminen keskustelevat. Lähete kirjoitetaan, jos ihminen haluaa sitä.</li>
<li><strong>Koordinaattori.</strong> Koordinaattori ottaa yhteyttä ja arvioi, riittääkö suora ohjaus toimintaan vai tarvitaanko linkkihenkilöä.</li>
<li><strong>Ensitapaaminen.</strong> Linkkihenkilö ja ihminen tutustuvat. Linkkihenkilö kertoo, mitä tuki on ja mitä se ei ole.</li>
<li><strong>Kartoitus.</strong> Yhdessä selvitetään ihmisen tilanne, toiveet ja tavoitteet.</li>
<li><strong>Rinnalla kulkeminen.</strong> Linkkihenkilö tukee sovitun ajan, yhdestä kuuteen kuukautta.</li>
<li><strong>Arviointi ja lopetus.</strong> Katsotaan yhdessä, mitä on muuttunut, ja päätetään tuki hyvin. Ihminen antaa palautetta.</li>
</ol>
<h2>Suora ohjaus vai linkkihenkilö?</h2>
<p>Kaikki eivät tarvitse linkkihenkilöä. Rovaniemelle muuttanut opiskelija voi tarvita vain tiedon siitä, missä kaupungin kävelyporukka kokoontuu tai miten pääsee mukaan vapaaehtoistoimintaan. Silloin koordinaattori voi ohjata hänet suoraan. Leskimies taas voi tietää kylän toiminnasta kaiken, mutta ei jaksa eikä uskalla lähteä yksin. Hänelle linkkihenkilö, joka kulkee ensimmäiset kerrat mukana, voi olla juuri se puuttuva palanen.</p>
<h2>Muista</h2>
<ul>
<li>Tuki on aina vapaaehtoista ja ihmisen omista toiveista lähtevää.</li>
<li>Tavoitteena on, että ihminen löytää toimintaa ja ihmisiä, jotka jäävät hänen elämäänsä tuen päätyttyäkin.</li>
<li>Koordinaattori on linkki sinun ja lähettävän ammattilaisen välillä.</li>
</ul>
<h3>Pohdi</h3>
<ul>
<li>Mikä kolmesta esimerkkihenkilöstä tuntuu sinulle tutuimmalta? Miksi?</li>
<li>Millaisia eroja on sillä, tarvitseeko ihminen vain tiedon toiminnasta vai myös ihmisen kulkemaan rinnalla?</li>
</ul>
""",
                "sv": """
<h2>Vem passar välfärdsremissen?</h2>
<p>Välfärdsremissen är avsedd för vuxna vars välmående försämras av något av följande:</p>
<ul>
<li><strong>Ensamhet.</strong> Människan har blivit änka eller änkling, flyttat till en ny ort, gått i pension eller förlorat sin arbetsgemenskap. Hon kan längta efter sällskap fast det finns människor omkring henne.</li>
<li><strong>Nedstämdhet.</strong> Humöret är lågt, ingenting känns riktigt intressant och dagarna bara rinner förbi. Nedstämdhet kräver ingen diagnos. Om det finns en sjukdom bakom vårdas den inom hälso- och sjukvården, och remissen kan gå vid sidan av vården.</li>
<li><strong>En svår livssituation.</strong> Till exempel en skilsmässa, arbetslöshet, egen eller en närståendes sjukdom, en tung närståendevård eller att livet annars plötsligt förändras.</li>
</ul>
<p>Ofta hänger de här ihop. Här är tre exempel som följer med genom hela utbildningen:</p>
<ul>
<li>En änkling i en by som har slutat gå någonstans sedan hans fru dog.</li>
<li>En ung vuxen som flyttade till Rovaniemi för att studera. Hon känner ingen i staden och tillbringar kvällarna ensam i sin bostad.</li>
<li>En renskötares make som under de bråda säsongerna är ensam hemma långa tider, långt från byn, och känner sig utanför allting.</li>
</ul>
<h2>När är remissen inte rätt lösning?</h2>
<p>Välfärdsremissen passar inte när människan först behöver brådskande vård eller skydd. En akut kris, självmordstankar, våld, allvarliga psykiska symtom eller ett missbruk som inte är under kontroll hör till yrkespersonerna. Den remitterande yrkespersonen bedömer det här innan remissen skrivs. Situationen kan ändå förändras längs vägen. I den andra delen lär du dig vad du gör då.</p>
<h2>Vägen steg för steg</h2>
<ol>
<li><strong>Remiss.</strong> Yrkespersonen och människan pratar. En remiss skrivs om människan vill det.</li>
<li><strong>Koordinator.</strong> Koordinatorn tar kontakt och bedömer om det räcker att hänvisa direkt till verksamhet eller om det behövs en länkperson.</li>
<li><strong>Första träffen.</strong> Länkpersonen och människan lär känna varandra. Länkpersonen berättar vad stödet är och vad det inte är.</li>
<li><strong>Kartläggning.</strong> Tillsammans reder ni ut människans situation, önskemål och mål.</li>
<li><strong>Att gå bredvid.</strong> Länkpersonen stöder under den tid ni kommit överens om, från en till sex månader.</li>
<li><strong>Utvärdering och avslutning.</strong> Ni ser tillsammans på vad som har förändrats och avslutar stödet på ett bra sätt. Människan ger respons.</li>
</ol>
<h2>Direkt hänvisning eller länkperson?</h2>
<p>Alla behöver ingen länkperson. Den studerande som har flyttat till Rovaniemi kan behöva bara veta var stadens promenadgrupp träffas eller hur man kommer med i frivilligverksamhet. Då kan koordinatorn hänvisa henne direkt. Änklingen däremot kan veta allt om vad som händer i byn men inte orka eller våga gå dit ensam. För honom kan en länkperson som följer med de första gångerna vara just den bit som fattas.</p>
<h2>Kom ihåg</h2>
<ul>
<li>Stödet är alltid frivilligt och utgår från människans egna önskemål.</li>
<li>Målet är att människan hittar verksamhet och människor som finns kvar i hennes liv också när stödet har tagit slut.</li>
<li>Koordinatorn är länken mellan dig och den remitterande yrkespersonen.</li>
</ul>
<h3>Fundera</h3>
<ul>
<li>Vilken av de tre exempelpersonerna känns mest bekant för dig? Varför?</li>
<li>Vad är skillnaden mellan att en människa behöver bara information om verksamhet och att hon också behöver en människa som går bredvid?</li>
</ul>
""",
                "en": """
<h2>Who does the welfare referral suit?</h2>
<p>The welfare referral is meant for adults whose wellbeing suffers from one of these:</p>
<ul>
<li><strong>Loneliness.</strong> The person has been widowed, moved to a new place, retired or lost their workplace community. They may long for company even when there are people around them.</li>
<li><strong>Low mood.</strong> Their mood is low, nothing really interests them and the days drift by. Low mood does not require a diagnosis. If there is an illness behind it, it is treated in health care, and the referral can run alongside that care.</li>
<li><strong>A hard life situation.</strong> For example a divorce, unemployment, their own or a loved one's illness, the strain of caring for a family member, or some other sudden change in life.</li>
</ul>
<p>These often overlap. Here are three examples that will follow you through the whole training:</p>
<ul>
<li>A widowed man in a village who has stopped going anywhere since his wife died.</li>
<li>A young adult who moved to Rovaniemi to study. They know nobody in the town and spend their evenings alone in their flat.</li>
<li>A reindeer herder's spouse who, during the busy seasons, is alone at home for long stretches far from the village and feels left out of everything.</li>
</ul>
<h2>When is the referral not the right answer?</h2>
<p>A welfare referral does not suit a situation where the person first needs urgent care or protection. An acute crisis, suicidal thoughts, violence, severe mental-health symptoms or uncontrolled substance use belong to professionals. The referring professional assesses this before writing the referral. The situation can still change along the way. In the second module you will learn what to do then.</p>
<h2>The path step by step</h2>
<ol>
<li><strong>Referral.</strong> The professional and the person talk. A referral is written if the person wants it.</li>
<li><strong>Coordinator.</strong> The coordinator gets in touch and judges whether guiding the person straight to activity is enough or whether a link worker is needed.</li>
<li><strong>First meeting.</strong> The link worker and the person get to know each other. The link worker explains what the support is and what it is not.</li>
<li><strong>Mapping.</strong> Together they explore the person's situation, wishes and goals.</li>
<li><strong>Walking alongside.</strong> The link worker supports the person for an agreed time, from one to six months.</li>
<li><strong>Evaluation and ending.</strong> Together they look at what has changed and bring the support to a good end. The person gives feedback.</li>
</ol>
<h2>Direct guidance or a link worker?</h2>
<p>Not everyone needs a link worker. The student who moved to Rovaniemi may only need to know where the town's walking group meets or how to get involved in volunteering. Then the coordinator can guide them there directly. The widowed man, on the other hand, may know everything about what goes on in the village but lacks the energy or the courage to go alone. For him, a link worker who comes along the first few times may be exactly the missing piece.</p>
<h2>Remember</h2>
<ul>
<li>Support is always voluntary and starts from the person's own wishes.</li>
<li>The aim is that the person finds activities and people that stay in their life after the support ends.</li>
<li>The coordinator is the link between you and the referring professional.</li>
</ul>
<h3>Reflect</h3>
<ul>
<li>Which of the three example people feels most familiar to you? Why?</li>
<li>What is the difference between a person who only needs information about activities and one who also needs someone to walk alongside them?</li>
</ul>
""",
            },
        },
    ],
}


# 2. The link worker's role and its limits --------------------------------------------------------

ROLE_AND_LIMITS = {
    "key": "role-and-limits",
    "title": {
        "fi": "Linkkihenkilön rooli ja sen rajat",
        "sv": "Länkpersonens roll och dess gränser",
        "en": "The link worker's role and its limits",
    },
    "summary": {
        "fi": "Opit, mitä linkkihenkilö tekee ja mitä ei, ja milloin ja miten palautat ihmisen ammattilaisten avun piiriin.",
        "sv": (
            "Du lär dig vad en länkperson gör och inte gör, och när och hur du för människan tillbaka till "
            "yrkespersonernas hjälp."
        ),
        "en": "You learn what a link worker does and does not do, and when and how to hand a person back to professional help.",
    },
    "minutes": 50,
    "required": True,
    "prerequisites": ["referral-model"],
    "activities": [
        {
            "kind": "text",
            "title": {
                "fi": "Mitä linkkihenkilö tekee – ja mitä ei",
                "sv": "Vad en länkperson gör – och inte gör",
                "en": "What a link worker does – and does not do",
            },
            "minutes": 25,
            "body": {
                "fi": """
<h2>Kulkija rinnalla, silta yhteisöön</h2>
<p>Linkkihenkilö on tavallinen ihminen, joka on saanut koulutuksen tähän tehtävään. Usein hän on vapaaehtoinen, joka tekee sopimuksen kunnan kanssa ja saa tehtävästä palkkion. Sosiaali- tai terveysalan tutkintoa ei tarvita. Tarvitaan kykyä kuunnella, kiinnostusta ihmisiin ja hyvää paikallistuntemusta: sinun on tunnettava oman alueesi palvelut ja järjestöt.</p>
<p>Tehtäväsi on kolmiosainen. Tapaat ihmisen ja kuuntelet, mikä hänelle on tärkeää. Autat häntä löytämään toimintaa ja ihmisiä, jotka sopivat hänen toiveisiinsa. Kuljet rinnalla sen aikaa, että ensimmäiset askeleet on otettu ja ihminen pärjää ilman sinua.</p>
<h2>Mitä linkkihenkilö ei ole</h2>
<p>Hyvinvointilähetetyö <strong>ei ole sosiaali- tai terveyspalvelu, eikä se saa korvata sellaista</strong>. Tämä on koko mallin tärkein raja. Käytännössä se tarkoittaa, että:</p>
<ul>
<li>Et arvioi terveydentilaa, et tee diagnooseja etkä neuvo lääkkeiden käytössä. Jos ihminen kysyy lääkkeistään tai oireistaan, kannusta häntä kysymään hoitajalta tai lääkäriltä.</li>
<li>Et ole terapeutti. Voit kuunnella raskaitakin asioita, mutta et hoida niitä.</li>
<li>Et ole sosiaalityöntekijä. Et päätä etuuksista etkä hoida ihmisen raha-asioita. Voit auttaa häntä löytämään oikean palvelun.</li>
<li>Et ole kotiapu tai kuljetuspalvelu. Voit lähteä mukaan ensimmäiselle kerralle, mutta säännöllinen asioiden hoitaminen toisen puolesta ei kuulu tehtävääsi.</li>
<li>Et kirjaa mitään potilastietoihin. Sinulla ei ole pääsyä niihin, eikä sinun kuulu tietää ihmisen terveystiedoista muuta kuin hän itse haluaa kertoa.</li>
</ul>
<h2>Miksi rajat suojaavat kaikkia</h2>
<p>Rajat eivät tee sinusta kylmää. Ne suojaavat ihmistä, jota tuet: hän saa tarvitsemansa ammattiavun eikä jää pelkän vapaaehtoisen varaan. Ne suojaavat myös sinua: sinun ei tarvitse kantaa vastuuta asioista, joihin et ole saanut koulutusta. Kun tiedät rajasi, uskallat olla läsnä.</p>
<blockquote><p><strong>Esimerkki:</strong> Leskimies pyytää sinua hakemaan joka viikko hänen lääkkeensä apteekista, koska hänellä ei ole autoa. Pyyntö on ymmärrettävä, mutta se on kotiavun tehtävä. Voit sanoa: ”En voi ottaa tätä hoitaakseni, mutta selvitetään yhdessä, millainen kuljetus tai asiointiapu kunnassa on tarjolla.” Samalla voitte miettiä, voisiko asiointimatka kylälle olla myös tilaisuus tavata muita.</p></blockquote>
<h2>Ystävällinen, mutta ei ystävä</h2>
<p>Suhde ihmiseen on lämmin ja aito, mutta se on tehtävä, jolla on alku ja loppu. Noudata ohjelman ohjeita siitä, millä välineillä pidätte yhteyttä, ja sovi koordinaattorin kanssa, mitä teet, jos ihminen tarjoaa lahjoja tai rahaa tai pyytää kaveriksi sosiaaliseen mediaan. Pienellä paikkakunnalla saatat tuntea ihmisen entuudestaan. Kerro siitä koordinaattorille jo ennen ensitapaamista.</p>
<h2>Tarkistuslista</h2>
<ul>
<li>Tiedän, kuka on koordinaattorini ja miten tavoitan hänet.</li>
<li>Tiedän, miten lähettävä ammattilainen tavoitetaan, jos tarvitaan.</li>
<li>Osaan kertoa ihmiselle lyhyesti, mitä teen ja mitä en tee.</li>
</ul>
<h3>Pohdi</h3>
<ul>
<li>Missä tilanteessa sinun olisi vaikeinta sanoa ”tämä ei kuulu minulle”? Miten sanoisit sen ystävällisesti?</li>
<li>Mitä tekisit, jos ihminen olisi naapurisi tai sukulaisesi?</li>
</ul>
""",
                "sv": """
<h2>Någon som går bredvid, en bro till gemenskapen</h2>
<p>En länkperson är en vanlig människa som har fått utbildning för uppgiften. Ofta är hon eller han frivillig, gör ett avtal med kommunen och får ett arvode för uppdraget. Ingen examen inom social- och hälsovården behövs. Det som behövs är förmåga att lyssna, intresse för människor och god lokalkännedom: du ska känna till servicen och föreningarna i ditt eget område.</p>
<p>Din uppgift har tre delar. Du träffar människan och lyssnar på vad som är viktigt för henne. Du hjälper henne att hitta verksamhet och människor som passar hennes önskemål. Du går bredvid henne så länge att de första stegen är tagna och hon klarar sig utan dig.</p>
<h2>Vad en länkperson inte är</h2>
<p>Arbetet med välfärdsremisser <strong>är inte en social- eller hälsovårdstjänst och får inte ersätta en sådan</strong>. Det är den viktigaste gränsen i hela modellen. I praktiken betyder det att</p>
<ul>
<li>du inte bedömer hälsotillståndet, inte ställer diagnoser och inte ger råd om mediciner. Om människan frågar om sina mediciner eller symtom, uppmuntra henne att fråga en skötare eller läkare.</li>
<li>du inte är terapeut. Du kan lyssna också på tunga saker, men du behandlar dem inte.</li>
<li>du inte är socialarbetare. Du beslutar inte om förmåner och sköter inte människans penningärenden. Du kan hjälpa henne att hitta rätt service.</li>
<li>du inte är hemhjälp eller färdtjänst. Du kan följa med första gången, men att regelbundet sköta ärenden åt någon annan hör inte till din uppgift.</li>
<li>du inte antecknar något i patientjournalerna. Du har ingen tillgång till dem, och du ska inte veta något om människans hälsa utöver det hon själv vill berätta.</li>
</ul>
<h2>Varför gränserna skyddar alla</h2>
<p>Gränserna gör dig inte kall. De skyddar människan du stöder: hon får den professionella hjälp hon behöver och blir inte lämnad att förlita sig enbart på en frivillig. De skyddar också dig: du behöver inte bära ansvar för sådant som du inte har utbildning för. När du känner dina gränser vågar du vara närvarande.</p>
<blockquote><p><strong>Exempel:</strong> Änklingen ber dig hämta hans mediciner från apoteket varje vecka, eftersom han inte har bil. Det är en begriplig begäran, men det är hemhjälpens uppgift. Du kan säga: ”Det kan jag inte ta på mig, men låt oss tillsammans ta reda på vilken skjuts eller hjälp med ärenden det finns i kommunen.” Samtidigt kan ni fundera på om en tur till byn för att uträtta ärenden också kunde vara ett tillfälle att träffa andra.</p></blockquote>
<h2>Vänlig, men inte en vän</h2>
<p>Relationen till människan är varm och äkta, men den är ett uppdrag med en början och ett slut. Följ programmets anvisningar om vilka kanaler ni håller kontakt genom, och kom överens med koordinatorn om vad du gör om människan erbjuder gåvor eller pengar eller vill bli vän med dig i sociala medier. På en liten ort kan du känna människan sedan tidigare. Berätta det för koordinatorn redan före den första träffen.</p>
<h2>Checklista</h2>
<ul>
<li>Jag vet vem min koordinator är och hur jag når henne eller honom.</li>
<li>Jag vet hur den remitterande yrkespersonen nås vid behov.</li>
<li>Jag kan kort berätta för människan vad jag gör och vad jag inte gör.</li>
</ul>
<h3>Fundera</h3>
<ul>
<li>I vilken situation skulle det vara svårast för dig att säga ”det här hör inte till mig”? Hur skulle du säga det vänligt?</li>
<li>Vad skulle du göra om människan var din granne eller släkting?</li>
</ul>
""",
                "en": """
<h2>Someone alongside, a bridge to the community</h2>
<p>A link worker is an ordinary person who has been trained for this task. Often they are a volunteer who signs a contract with a municipality and is paid a fee for the work. No degree in health or social care is needed. What is needed is the ability to listen, an interest in people and good local knowledge: you must know the services and organisations in your own area.</p>
<p>Your task has three parts. You meet the person and listen to what matters to them. You help them find activities and people that fit their wishes. You walk alongside them until the first steps have been taken and they can manage without you.</p>
<h2>What a link worker is not</h2>
<p>Welfare referral work <strong>is not a health or social-care service, and it must not replace one</strong>. This is the most important limit in the whole model. In practice it means that:</p>
<ul>
<li>You do not assess health, make diagnoses or give advice about medicines. If the person asks about their medicines or symptoms, encourage them to ask a nurse or doctor.</li>
<li>You are not a therapist. You can listen to hard things, but you do not treat them.</li>
<li>You are not a social worker. You do not decide on benefits or manage the person's money. You can help them find the right service.</li>
<li>You are not home help or a transport service. You can come along the first time, but regularly running errands on someone's behalf is not part of your task.</li>
<li>You record nothing in patient records. You have no access to them, and you do not need to know anything about the person's health beyond what they choose to tell you.</li>
</ul>
<h2>Why limits protect everyone</h2>
<p>Limits do not make you cold. They protect the person you support: they get the professional help they need and are not left relying on a volunteer alone. They also protect you: you do not have to carry responsibility for things you have not been trained for. When you know your limits, you can dare to be fully present.</p>
<blockquote><p><strong>Example:</strong> The widowed man asks you to fetch his medicines from the pharmacy every week because he has no car. The request is understandable, but it is a job for home help. You could say: "I can't take this on, but let's find out together what transport or errand help the municipality offers." At the same time you could think about whether a trip to the village could also be a chance to meet other people.</p></blockquote>
<h2>Friendly, but not a friend</h2>
<p>Your relationship with the person is warm and genuine, but it is a task with a beginning and an end. Follow the programme's guidance on which channels you use to keep in touch, and agree with the coordinator what to do if the person offers gifts or money or asks to connect on social media. In a small place you may already know the person. Tell the coordinator before the first meeting.</p>
<h2>Checklist</h2>
<ul>
<li>I know who my coordinator is and how to reach them.</li>
<li>I know how the referring professional can be reached if needed.</li>
<li>I can briefly tell the person what I do and what I don't do.</li>
</ul>
<h3>Reflect</h3>
<ul>
<li>In which situation would it be hardest for you to say "this is not my job"? How would you say it kindly?</li>
<li>What would you do if the person were your neighbour or a relative?</li>
</ul>
""",
            },
        },
        {
            "kind": "text",
            "title": {
                "fi": "Milloin ja miten palautat ammattilaiselle",
                "sv": "När och hur du för tillbaka till yrkespersonerna",
                "en": "When and how to hand back to professionals",
            },
            "minutes": 25,
            "body": {
                "fi": """
<h2>Huoli kuuluu jakaa</h2>
<p>Useimmat tapaamiset ovat tavallisia: jutellaan, suunnitellaan ja lähdetään yhdessä liikkeelle. Joskus kuitenkin huomaat, että ihmisen tilanne on vakavampi kuin hyvinvointilähete pystyy kantamaan. Silloin tehtäväsi on palauttaa hänet ammattilaisten avun piiriin. Se ei ole epäonnistumista. Se on juuri sitä, mitä sinulta odotetaan.</p>
<h2>Merkkejä, joihin tartut aina</h2>
<ul>
<li><strong>Kriisi:</strong> ihminen on hädissään, sekava tai ei pysty huolehtimaan itsestään.</li>
<li><strong>Itsetuhoiset ajatukset:</strong> hän puhuu kuolemasta, siitä ettei jaksa elää tai että muut pärjäisivät paremmin ilman häntä, tai hän jättää hyvästejä.</li>
<li><strong>Kaltoinkohtelu:</strong> hän kertoo väkivallasta, uhkailusta, hyväksikäytöstä tai siitä, että joku ottaa hänen rahojaan.</li>
<li><strong>Äkillinen sairastuminen:</strong> esimerkiksi rintakipu, hengenahdistus, puheen tai liikkeiden äkillinen muutos tai voimakas sekavuus.</li>
<li><strong>Selvä heikkeneminen:</strong> mieliala, päihteiden käyttö tai arjesta selviäminen huononee viikosta toiseen.</li>
<li><strong>Huoli lapsesta:</strong> jos kotona on lapsia ja heidän turvallisuutensa huolestuttaa sinua.</li>
</ul>
<h2>Mitä teet</h2>
<table>
<thead><tr><th>Tilanne</th><th>Toiminta</th></tr></thead>
<tbody>
<tr><td>Välitön hengenvaara, vakava sairauskohtaus tai käynnissä oleva väkivalta</td><td>Soita hätänumeroon 112. Pysy paikalla, jos se on sinulle turvallista, ja noudata hätäkeskuksen ohjeita.</td></tr>
<tr><td>Ihminen kertoo itsetuhoisista ajatuksista</td><td>Kysy suoraan, onko hänellä suunnitelma. Jos vaara on välitön, soita 112. Muuten ota vielä samana päivänä yhteyttä lähettävään ammattilaiseen tai koordinaattoriin.</td></tr>
<tr><td>Ihminen kertoo kaltoinkohtelusta</td><td>Kuuntele ja usko. Älä lupaa pitää asiaa salassa. Kerro koordinaattorille ja lähettävälle ammattilaiselle.</td></tr>
<tr><td>Vointi heikkenee vähitellen</td><td>Ehdota, että ihminen ottaa yhteyttä ammattilaiseen, ja tarjoudu auttamaan. Kerro huolestasi koordinaattorille.</td></tr>
</tbody>
</table>
<h2>Näin puhut asiasta</h2>
<p>Kerro avoimesti, mitä aiot tehdä ja miksi: ”Olen huolissani sinusta. Haluan, että saat parempaa apua kuin minä pystyn antamaan. Soitetaanko yhdessä?” Kun mahdollista, ota yhteyttä yhdessä ihmisen kanssa ja hänen tietäen. Itsetuhoisista ajatuksista on hyvä kysyä suoraan. Kysyminen ei synnytä ajatusta, ja moni kokee helpotusta, kun asiasta saa puhua.</p>
<p>Älä koskaan lupaa pitää salaisuutta, jos se voi vaarantaa jonkun hengen tai turvallisuuden. Voit kertoa jo ensitapaamisessa, että luottamuksellisuudella on tämä raja.</p>
<blockquote><p><strong>Esimerkki:</strong> Rovaniemelle muuttanut opiskelija sanoo puhelimessa, ettei näe mitään järkeä jatkaa. Kysyt rauhallisesti, ajatteleeko hän itsensä vahingoittamista. Hän sanoo ajatelleensa, mutta ei tänään. Sovitte, että soitatte yhdessä ammattilaiselle heti puhelun jälkeen, ja kerrot asiasta koordinaattorille.</p></blockquote>
<h2>Jälkeenpäin</h2>
<p>Raskas tilanne jää usein mieleen. Puhu siitä koordinaattorin kanssa ja ota se esiin mentoroinnissa. Sinun ei tarvitse selvitä siitä yksin.</p>
<h3>Pohdi</h3>
<ul>
<li>Millä sanoilla sinun olisi luontevaa kysyä itsetuhoisista ajatuksista?</li>
<li>Tiedätkö, mistä löydät koordinaattorin ja lähettävän ammattilaisen yhteystiedot kiireessä?</li>
</ul>
""",
                "sv": """
<h2>En oro ska delas</h2>
<p>De flesta träffar är vardagliga: ni pratar, planerar och kommer i gång tillsammans. Ibland märker du ändå att människans situation är allvarligare än vad en välfärdsremiss kan bära. Då är din uppgift att föra henne tillbaka till yrkespersonernas hjälp. Det är inget misslyckande. Det är precis vad som förväntas av dig.</p>
<h2>Tecken som du alltid reagerar på</h2>
<ul>
<li><strong>Kris:</strong> människan är i nöd, förvirrad eller kan inte ta hand om sig själv.</li>
<li><strong>Självmordstankar:</strong> hon talar om döden, om att hon inte orkar leva eller att andra skulle klara sig bättre utan henne, eller hon tar farväl.</li>
<li><strong>Att någon far illa:</strong> hon berättar om våld, hot, utnyttjande eller att någon tar hennes pengar.</li>
<li><strong>Plötsligt insjuknande:</strong> till exempel bröstsmärta, andnöd, en plötslig förändring i tal eller rörelser eller kraftig förvirring.</li>
<li><strong>Tydlig försämring:</strong> humöret, bruket av alkohol eller droger eller förmågan att klara vardagen blir sämre vecka för vecka.</li>
<li><strong>Oro för ett barn:</strong> om det finns barn i hemmet och du är orolig för deras säkerhet.</li>
</ul>
<h2>Vad du gör</h2>
<table>
<thead><tr><th>Situation</th><th>Vad du gör</th></tr></thead>
<tbody>
<tr><td>Omedelbar livsfara, ett allvarligt sjukdomsanfall eller våld som pågår</td><td>Ring nödnumret 112. Stanna kvar om det är tryggt för dig och följ nödcentralens anvisningar.</td></tr>
<tr><td>Människan berättar om självmordstankar</td><td>Fråga rakt ut om hon har en plan. Om faran är omedelbar, ring 112. Annars kontaktar du den remitterande yrkespersonen eller koordinatorn samma dag.</td></tr>
<tr><td>Människan berättar att hon far illa</td><td>Lyssna och tro på henne. Lova inte att hålla det hemligt. Berätta för koordinatorn och den remitterande yrkespersonen.</td></tr>
<tr><td>Måendet försämras småningom</td><td>Föreslå att människan kontaktar en yrkesperson och erbjud dig att hjälpa till. Berätta om din oro för koordinatorn.</td></tr>
</tbody>
</table>
<h2>Så här talar du om saken</h2>
<p>Säg öppet vad du tänker göra och varför: ”Jag är orolig för dig. Jag vill att du får bättre hjälp än jag kan ge. Ska vi ringa tillsammans?” När det går, tar ni kontakt tillsammans och med människans vetskap. Det är bra att fråga rakt ut om självmordstankar. Frågan väcker inte tanken, och många känner lättnad när de får tala om det.</p>
<p>Lova aldrig att hålla något hemligt om det kan äventyra någons liv eller säkerhet. Du kan berätta redan vid den första träffen att tystnadslöftet har den här gränsen.</p>
<blockquote><p><strong>Exempel:</strong> Den studerande som har flyttat till Rovaniemi säger i telefon att hon inte ser någon mening med att fortsätta. Du frågar lugnt om hon tänker på att skada sig själv. Hon säger att hon har tänkt på det, men inte i dag. Ni kommer överens om att ringa en yrkesperson tillsammans genast efter samtalet, och du berättar om saken för koordinatorn.</p></blockquote>
<h2>Efteråt</h2>
<p>En tung situation stannar ofta kvar i tankarna. Prata om den med koordinatorn och ta upp den i mentorskapet. Du behöver inte klara av det ensam.</p>
<h3>Fundera</h3>
<ul>
<li>Med vilka ord skulle det kännas naturligt för dig att fråga om självmordstankar?</li>
<li>Vet du var du hittar kontaktuppgifterna till koordinatorn och den remitterande yrkespersonen när det är bråttom?</li>
</ul>
""",
                "en": """
<h2>A worry is meant to be shared</h2>
<p>Most meetings are ordinary: you talk, make plans and set off together. Sometimes, though, you notice that the person's situation is more serious than a welfare referral can carry. Then your task is to hand them back to professional help. That is not a failure. It is exactly what is expected of you.</p>
<h2>Signs you always act on</h2>
<ul>
<li><strong>Crisis:</strong> the person is in distress, confused or unable to look after themselves.</li>
<li><strong>Suicidal thoughts:</strong> they talk about death, about not being able to go on living, or that others would be better off without them, or they say goodbyes.</li>
<li><strong>Abuse:</strong> they tell you about violence, threats, exploitation, or someone taking their money.</li>
<li><strong>Acute illness:</strong> for example chest pain, difficulty breathing, a sudden change in speech or movement, or severe confusion.</li>
<li><strong>Clear decline:</strong> their mood, substance use or ability to cope with daily life gets worse week by week.</li>
<li><strong>Concern for a child:</strong> if there are children at home and you are worried about their safety.</li>
</ul>
<h2>What you do</h2>
<table>
<thead><tr><th>Situation</th><th>Action</th></tr></thead>
<tbody>
<tr><td>Immediate danger to life, a serious medical emergency or violence happening now</td><td>Call the emergency number 112. Stay if it is safe for you, and follow the emergency centre's instructions.</td></tr>
<tr><td>The person talks about suicidal thoughts</td><td>Ask directly whether they have a plan. If the danger is immediate, call 112. Otherwise contact the referring professional or the coordinator the same day.</td></tr>
<tr><td>The person tells you about abuse</td><td>Listen and believe them. Do not promise to keep it secret. Tell the coordinator and the referring professional.</td></tr>
<tr><td>Their wellbeing declines gradually</td><td>Suggest that they contact a professional, and offer to help. Tell the coordinator about your concern.</td></tr>
</tbody>
</table>
<h2>How to talk about it</h2>
<p>Say openly what you are going to do and why: "I'm worried about you. I want you to get better help than I can give. Shall we call together?" Whenever possible, make the contact together with the person and with their knowledge. It is good to ask directly about suicidal thoughts. Asking does not put the idea in someone's head, and many people feel relief when they can talk about it.</p>
<p>Never promise to keep a secret if it could put someone's life or safety at risk. You can already say at the first meeting that confidentiality has this limit.</p>
<blockquote><p><strong>Example:</strong> The student who moved to Rovaniemi says on the phone that there is no point in carrying on. You calmly ask whether they are thinking about harming themselves. They say they have thought about it, but not today. You agree to call a professional together straight after your call, and you tell the coordinator.</p></blockquote>
<h2>Afterwards</h2>
<p>A hard situation often stays with you. Talk it over with the coordinator and bring it up in mentoring. You do not have to deal with it alone.</p>
<h3>Reflect</h3>
<ul>
<li>What words would feel natural to you when asking about suicidal thoughts?</li>
<li>Do you know where to find the contact details of the coordinator and the referring professional in a hurry?</li>
</ul>
""",
            },
        },
    ],
}


# 3. Meeting a person -----------------------------------------------------------------------------

MEETING_THE_PERSON = {
    "key": "meeting-the-person",
    "title": {
        "fi": "Ihmisen kohtaaminen",
        "sv": "Att möta en människa",
        "en": "Meeting a person",
    },
    "summary": {
        "fi": "Opit kuuntelemaan, valmistautumaan ensitapaamiseen ja kartoittamaan yhdessä ihmisen tilanteen, toiveet ja tavoitteet.",
        "sv": (
            "Du lär dig att lyssna, förbereda den första träffen och tillsammans kartlägga människans situation, "
            "önskemål och mål."
        ),
        "en": "You learn to listen, to prepare for a first meeting and to map a person's situation, wishes and goals together with them.",
    },
    "minutes": 50,
    "required": True,
    "prerequisites": ["role-and-limits"],
    "activities": [
        {
            "kind": "text",
            "title": {
                "fi": "Kuunteleminen ja ensitapaaminen",
                "sv": "Att lyssna och den första träffen",
                "en": "Listening and the first meeting",
            },
            "minutes": 25,
            "body": {
                "fi": """
<h2>Ennen tapaamista</h2>
<p>Koordinaattori kertoo sinulle ihmisestä sen verran kuin tapaamiseen tarvitaan: nimen, yhteystiedot ja lyhyesti, miksi lähete on kirjoitettu. Muuta et tarvitse. Loput kuulet ihmiseltä itseltään, jos hän haluaa kertoa.</p>
<p>Sopikaa paikka, joka tuntuu ihmisestä turvalliselta. Se voi olla kirjasto, kahvila, kylätalo tai ulkoilureitti. Kotikäynnistä sovitaan ohjelman ohjeiden mukaan ja vain, jos ihminen itse sitä toivoo. Jos välimatka on pitkä tai ihminen niin haluaa, ensitapaaminen voi olla myös puhelimessa tai videoyhteydellä.</p>
<h2>Ensitapaamisen alussa</h2>
<ul>
<li>Esittäydy ja kerro, kuka olet ja miksi olet tässä.</li>
<li>Kerro lyhyesti, mitä tuki on: kuljet rinnalla sovitun ajan, yhdestä kuuteen kuukautta, ja autat löytämään toimintaa ja ihmisiä.</li>
<li>Kerro, mitä tuki ei ole: et ole hoitaja etkä sosiaalityöntekijä, etkä kirjaa mitään potilastietoihin.</li>
<li>Kerro luottamuksellisuudesta ja sen rajasta: pidät kuulemasi omana tietonasi, paitsi jos jonkun henki tai turvallisuus on vaarassa.</li>
<li>Kysy, miltä tämä kuulostaa ja mitä hän itse toivoo tapaamiselta.</li>
</ul>
<h2>Kuuntelemisen taito</h2>
<p>Hyvä kuuntelija ei ole hiljaa vain siksi, että odottaa omaa vuoroaan. Hän yrittää aidosti ymmärtää, miltä maailma näyttää toisen silmin. Kuunteleminen on taito, jota voi harjoitella.</p>
<ul>
<li><strong>Avoimet kysymykset</strong> antavat tilaa: ”Millainen on tavallinen päiväsi?” toimii paremmin kuin ”Oletko paljon yksin?”</li>
<li><strong>Hiljaisuus</strong> on sallittua. Anna ihmisen miettiä. Pohjoisessa moni puhuu harkiten, eikä tauko tarkoita, että keskustelu olisi ohi.</li>
<li><strong>Peilaaminen</strong> näyttää, että kuulit: ”Kuulostaa siltä, että illat ovat sinulle vaikeimpia.”</li>
<li><strong>Yhteenveto</strong> tapaamisen lopussa auttaa molempia muistamaan, mistä puhuttiin ja mitä sovittiin.</li>
</ul>
<p>Vältä kiirettä korjata asioita. Kun ihminen kertoo jotakin raskasta, hän ei yleensä tarvitse heti neuvoa vaan kokemuksen siitä, että tuli kuulluksi. Kerro omasta elämästäsi vain vähän ja vain, jos siitä on hänelle apua. Tapaaminen on häntä varten.</p>
<blockquote><p><strong>Esimerkki:</strong> Tapaat Rovaniemelle muuttaneen opiskelijan oppilaitoksen kahvilassa. Hän vastaa kysymyksiin lyhyesti ja katsoo puhelintaan. Et täytä jokaista hiljaisuutta, vaan kysyt, mitä hän teki vapaa-ajallaan kotipaikkakunnallaan. Hän alkaa kertoa salibandyjoukkueestaan, ja keskustelu lähtee liikkeelle.</p></blockquote>
<h2>Tarkistuslista ensitapaamiseen</h2>
<ul>
<li>Paikka ja aika on sovittu ihmisen toiveiden mukaan.</li>
<li>Osaan kertoa tuen tarkoituksen, keston ja rajat omin sanoin.</li>
<li>Minulla on mukana vain ne ohjelman lomakkeet, joita tapaamisessa tarvitaan.</li>
<li>Varaan riittävästi aikaa, jotta minun ei tarvitse kiirehtiä.</li>
</ul>
<h3>Pohdi</h3>
<ul>
<li>Milloin olet itse viimeksi kokenut tulleesi todella kuulluksi? Mitä toinen silloin teki?</li>
<li>Miten suhtaudut hiljaisuuteen keskustelussa? Mitä se saa sinut tekemään?</li>
</ul>
""",
                "sv": """
<h2>Före träffen</h2>
<p>Koordinatorn berättar så mycket om människan som du behöver för träffen: namnet, kontaktuppgifterna och kort varför remissen skrevs. Mer behöver du inte. Resten får du höra av människan själv, om hon vill berätta.</p>
<p>Kom överens om en plats där människan känner sig trygg. Det kan vara biblioteket, ett kafé, byagården eller ett motionsspår. Hembesök avtalas enligt programmets anvisningar och bara om människan själv önskar det. Om avståndet är långt eller människan så vill kan den första träffen också ske per telefon eller video.</p>
<h2>I början av den första träffen</h2>
<ul>
<li>Presentera dig och berätta vem du är och varför du är här.</li>
<li>Berätta kort vad stödet är: du går bredvid henne under den tid ni kommer överens om, från en till sex månader, och hjälper henne att hitta verksamhet och människor.</li>
<li>Berätta vad stödet inte är: du är inte skötare eller socialarbetare, och du antecknar ingenting i patientjournalerna.</li>
<li>Berätta om tystnadslöftet och dess gräns: det du hör stannar hos dig, utom om någons liv eller säkerhet är i fara.</li>
<li>Fråga hur det här låter och vad hon själv hoppas på av träffen.</li>
</ul>
<h2>Konsten att lyssna</h2>
<p>En god lyssnare är inte tyst bara för att hon väntar på sin tur. Hon försöker på riktigt förstå hur världen ser ut med den andras ögon. Att lyssna är en färdighet som går att öva upp.</p>
<ul>
<li><strong>Öppna frågor</strong> ger utrymme: ”Hur ser en vanlig dag ut för dig?” fungerar bättre än ”Är du mycket ensam?”</li>
<li><strong>Tystnad</strong> är tillåten. Låt människan tänka efter. I norr talar många eftertänksamt, och en paus betyder inte att samtalet är slut.</li>
<li><strong>Att spegla</strong> visar att du hörde: ”Det låter som om kvällarna är det svåraste för dig.”</li>
<li><strong>En sammanfattning</strong> i slutet av träffen hjälper er båda att minnas vad ni talade om och kom överens om.</li>
</ul>
<p>Skynda inte att rätta till saker. När någon berättar något tungt behöver hon oftast inte ett råd genast, utan känslan av att bli hörd. Berätta bara lite om ditt eget liv och bara om det hjälper henne. Träffen är till för henne.</p>
<blockquote><p><strong>Exempel:</strong> Du träffar den studerande som har flyttat till Rovaniemi i kaféet på hennes läroanstalt. Hon svarar kort på frågorna och tittar på sin telefon. Du fyller inte varje tystnad, utan frågar vad hon gjorde på fritiden på sin hemort. Hon börjar berätta om sitt innebandylag, och samtalet kommer i gång.</p></blockquote>
<h2>Checklista inför den första träffen</h2>
<ul>
<li>Plats och tid är avtalade enligt människans önskemål.</li>
<li>Jag kan med egna ord berätta om stödets syfte, längd och gränser.</li>
<li>Jag har med mig bara de av programmets blanketter som behövs på träffen.</li>
<li>Jag reserverar tillräckligt med tid så att jag inte behöver skynda.</li>
</ul>
<h3>Fundera</h3>
<ul>
<li>När kände du dig senast verkligen hörd? Vad gjorde den andra då?</li>
<li>Hur förhåller du dig till tystnad i ett samtal? Vad får den dig att göra?</li>
</ul>
""",
                "en": """
<h2>Before the meeting</h2>
<p>The coordinator tells you as much about the person as the meeting needs: their name, contact details and briefly why the referral was written. You do not need anything else. You will hear the rest from the person themselves, if they want to tell you.</p>
<p>Agree on a place where the person feels safe. It could be a library, a café, the village hall or an outdoor trail. Home visits are agreed according to the programme's guidance and only if the person wants one. If the distance is long, or the person prefers it, the first meeting can also be by phone or video call.</p>
<h2>At the start of the first meeting</h2>
<ul>
<li>Introduce yourself and say who you are and why you are there.</li>
<li>Briefly explain what the support is: you walk alongside for an agreed time, from one to six months, and help them find activities and people.</li>
<li>Explain what the support is not: you are not a nurse or a social worker, and you record nothing in patient records.</li>
<li>Explain confidentiality and its limit: you keep what you hear to yourself, unless someone's life or safety is at risk.</li>
<li>Ask how this sounds and what they themselves hope for from the meeting.</li>
</ul>
<h2>The skill of listening</h2>
<p>A good listener is not quiet just because they are waiting for their turn. They genuinely try to understand how the world looks through the other person's eyes. Listening is a skill you can practise.</p>
<ul>
<li><strong>Open questions</strong> give room: "What is an ordinary day like for you?" works better than "Are you alone a lot?"</li>
<li><strong>Silence</strong> is allowed. Let the person think. In the north many people speak with care, and a pause does not mean the conversation is over.</li>
<li><strong>Reflecting back</strong> shows you heard: "It sounds as if the evenings are the hardest for you."</li>
<li><strong>Summarising</strong> at the end of the meeting helps you both remember what you talked about and what you agreed.</li>
</ul>
<p>Avoid rushing to fix things. When someone tells you something hard, they usually do not need advice straight away but the experience of being heard. Say little about your own life, and only if it helps them. The meeting is for them.</p>
<blockquote><p><strong>Example:</strong> You meet the student who moved to Rovaniemi in the café at their college. They answer your questions briefly and keep looking at their phone. You do not fill every silence; instead you ask what they used to do in their free time back home. They start telling you about their floorball team, and the conversation gets going.</p></blockquote>
<h2>Checklist for the first meeting</h2>
<ul>
<li>The place and time have been agreed according to the person's wishes.</li>
<li>I can explain the purpose, length and limits of the support in my own words.</li>
<li>I have with me only the programme forms the meeting needs.</li>
<li>I have set aside enough time so that I don't need to hurry.</li>
</ul>
<h3>Reflect</h3>
<ul>
<li>When did you last feel truly heard? What did the other person do?</li>
<li>How do you react to silence in a conversation? What does it make you do?</li>
</ul>
""",
            },
        },
        {
            "kind": "text",
            "title": {
                "fi": "Tilanteen, toiveiden ja tavoitteiden kartoitus",
                "sv": "Att kartlägga situationen, önskemålen och målen",
                "en": "Mapping the situation, wishes and goals",
            },
            "minutes": 25,
            "body": {
                "fi": """
<h2>Kartoitus on yhteinen keskustelu</h2>
<p>Kartoituksella tarkoitetaan sitä, että selvitätte yhdessä, millaista ihmisen elämä nyt on, mitä hän toivoisi ja mikä voisi olla ensimmäinen askel. Kartoitus ei ole kuulustelu eikä lomakkeen täyttämistä. Se voi kestää yhden tapaamisen tai useamman. Kirjaa siitä vain se, mitä ohjelman omat lomakkeet pyytävät.</p>
<h2>Mistä voitte puhua</h2>
<ul>
<li><strong>Arki:</strong> Millainen on tavallinen päivä tai viikko? Mikä siinä on hyvää, mikä raskasta?</li>
<li><strong>Ihmiset:</strong> Keitä elämään kuuluu? Kenen kanssa on yhteyttä, kenet hän haluaisi tavata useammin?</li>
<li><strong>Kiinnostukset:</strong> Mistä hän on pitänyt ennen? Mitä hän on aina halunnut kokeilla?</li>
<li><strong>Vahvuudet:</strong> Missä hän on hyvä? Mistä muut ovat kiittäneet häntä?</li>
<li><strong>Esteet:</strong> Mikä on estänyt lähtemästä? Kyyti, raha, terveys, jännittäminen, kieli vai jokin muu?</li>
</ul>
<p>Hyvä kysymys on usein yksinkertainen: ”Millainen olisi sinulle hyvä päivä?” tai ”Jos asiat olisivat puolen vuoden päästä vähän paremmin, mikä olisi toisin?” Voit myös piirtää yhdessä paperille ympyrän, jonka keskellä on ihminen itse, ja merkitä ympärille ne ihmiset ja paikat, jotka ovat hänelle tärkeitä. Kuva jää hänelle, ei sinulle.</p>
<h2>Toiveista tavoitteiksi</h2>
<p>Toive voi olla iso ja epämääräinen, kuten ”haluaisin olla vähemmän yksin”. Tavoite tekee siitä askeleen, jonka voi ottaa. Hyvä tavoite on:</p>
<ul>
<li><strong>ihmisen oma</strong> – ei sinun ehdotuksesi, johon hän vain suostuu</li>
<li><strong>pieni ja konkreettinen</strong> – ”käyn kylätalon kahviaamussa kerran seuraavan kahden viikon aikana”</li>
<li><strong>aikaan sidottu</strong> – tiedätte, milloin katsotte, miten kävi</li>
<li><strong>joustava</strong> – sitä saa muuttaa, jos elämä muuttuu</li>
</ul>
<blockquote><p><strong>Esimerkki:</strong> Leskimies kertoo laulaneensa nuorena kirkkokuorossa ja kalastaneensa veljensä kanssa. Veli asuu toisella paikkakunnalla, ja yhteys on harventunut. Miehen ensimmäiseksi tavoitteeksi tulee soittaa veljelle ja kysyä, lähtisikö tämä keväällä pilkille. Toinen tavoite on käydä kuuntelemassa seurakunnan kuoron harjoituksia ennen kuin päättää, liittyykö mukaan.</p></blockquote>
<blockquote><p><strong>Esimerkki:</strong> Poronhoitajan puolison arki seuraa porovuoden rytmiä. Kiireisinä aikoina hän ei ehdi mihinkään, hiljaisina aikoina hän on yksin. Tavoitteet sovitetaan vuodenkiertoon: hän haluaa löytää käsityöpiirin, joka kokoontuu myös etänä, jotta hän voi osallistua silloinkin, kun kylään on pitkä matka.</p></blockquote>
<h2>Tarkistuslista kartoituksen jälkeen</h2>
<ul>
<li>Tiedän, mikä ihmiselle on tärkeää, hänen omin sanoinsa.</li>
<li>Meillä on yhdestä kolmeen pientä tavoitetta, jotka hän itse valitsi.</li>
<li>Tiedämme, mitä teemme ennen seuraavaa tapaamista ja kumpi tekee mitäkin.</li>
</ul>
<h3>Pohdi</h3>
<ul>
<li>Miten huomaat, onko tavoite ihmisen oma vai sinun?</li>
<li>Miten toimisit, jos ihminen sanoo, ettei häntä kiinnosta mikään?</li>
</ul>
""",
                "sv": """
<h2>Kartläggningen är ett gemensamt samtal</h2>
<p>Med kartläggning menas att ni tillsammans reder ut hur människans liv ser ut nu, vad hon skulle önska och vad som kunde vara ett första steg. Kartläggningen är inget förhör och ingen blankett som ska fyllas i. Den kan ta en träff eller flera. Anteckna bara det som programmets egna blanketter ber om.</p>
<h2>Vad ni kan tala om</h2>
<ul>
<li><strong>Vardagen:</strong> Hur ser en vanlig dag eller vecka ut? Vad är bra i den, vad är tungt?</li>
<li><strong>Människorna:</strong> Vilka hör till hennes liv? Vem har hon kontakt med, vem skulle hon vilja träffa oftare?</li>
<li><strong>Intressena:</strong> Vad har hon tyckt om tidigare? Vad har hon alltid velat pröva på?</li>
<li><strong>Styrkorna:</strong> Vad är hon bra på? Vad har andra tackat henne för?</li>
<li><strong>Hindren:</strong> Vad har hindrat henne från att komma i väg? Skjutsen, pengarna, hälsan, nervositeten, språket eller något annat?</li>
</ul>
<p>En bra fråga är ofta enkel: ”Hur skulle en bra dag se ut för dig?” eller ”Om saker och ting var lite bättre om ett halvt år, vad skulle vara annorlunda?” Ni kan också tillsammans rita en cirkel på ett papper med människan själv i mitten och runt om märka ut de människor och platser som är viktiga för henne. Bilden stannar hos henne, inte hos dig.</p>
<h2>Från önskemål till mål</h2>
<p>Ett önskemål kan vara stort och vagt, som ”jag skulle vilja vara mindre ensam”. Ett mål gör det till ett steg som går att ta. Ett bra mål är</p>
<ul>
<li><strong>människans eget</strong> – inte ditt förslag som hon bara går med på</li>
<li><strong>litet och konkret</strong> – ”jag går på kaffemorgonen på byagården en gång under de två närmaste veckorna”</li>
<li><strong>tidsbundet</strong> – ni vet när ni ser efter hur det gick</li>
<li><strong>flexibelt</strong> – det får ändras om livet förändras</li>
</ul>
<blockquote><p><strong>Exempel:</strong> Änklingen berättar att han sjöng i kyrkokören som ung och fiskade tillsammans med sin bror. Brodern bor på en annan ort, och kontakten har glesnat. Mannens första mål blir att ringa brodern och fråga om han vill följa med på pimpelfiske i vår. Det andra målet är att gå och lyssna på när församlingens kör övar, innan han bestämmer sig för om han vill vara med.</p></blockquote>
<blockquote><p><strong>Exempel:</strong> Vardagen för renskötarens make följer renskötselårets rytm. Under de bråda tiderna hinner han ingenting, under de lugna är han ensam. Målen anpassas efter årets gång: han vill hitta en hantverksgrupp som också träffas på distans, så att han kan vara med även när det är långt till byn.</p></blockquote>
<h2>Checklista efter kartläggningen</h2>
<ul>
<li>Jag vet vad som är viktigt för människan, med hennes egna ord.</li>
<li>Vi har ett till tre små mål som hon själv har valt.</li>
<li>Vi vet vad vi gör före nästa träff och vem av oss som gör vad.</li>
</ul>
<h3>Fundera</h3>
<ul>
<li>Hur märker du om målet är människans eget eller ditt?</li>
<li>Vad skulle du göra om människan säger att ingenting intresserar henne?</li>
</ul>
""",
                "en": """
<h2>Mapping is a shared conversation</h2>
<p>Mapping means that together you find out what the person's life is like now, what they would wish for and what a first step could be. Mapping is not an interrogation or a matter of filling in a form. It can take one meeting or several. Write down only what the programme's own forms ask for.</p>
<h2>What you can talk about</h2>
<ul>
<li><strong>Daily life:</strong> What is an ordinary day or week like? What is good about it, what is hard?</li>
<li><strong>People:</strong> Who is part of their life? Who are they in touch with, and whom would they like to see more often?</li>
<li><strong>Interests:</strong> What have they enjoyed before? What have they always wanted to try?</li>
<li><strong>Strengths:</strong> What are they good at? What have others thanked them for?</li>
<li><strong>Obstacles:</strong> What has stopped them from going out? Transport, money, health, nerves, language or something else?</li>
</ul>
<p>A good question is often simple: "What would a good day look like for you?" or "If things were a bit better in six months' time, what would be different?" You can also draw a circle together on paper with the person in the middle, and mark around it the people and places that matter to them. The drawing stays with them, not with you.</p>
<h2>From wishes to goals</h2>
<p>A wish can be big and vague, such as "I'd like to be less alone". A goal turns it into a step that can be taken. A good goal is:</p>
<ul>
<li><strong>the person's own</strong> – not your suggestion that they merely go along with</li>
<li><strong>small and concrete</strong> – "I'll go to the coffee morning at the village hall once in the next two weeks"</li>
<li><strong>tied to a time</strong> – you know when you will look at how it went</li>
<li><strong>flexible</strong> – it may change if life changes</li>
</ul>
<blockquote><p><strong>Example:</strong> The widowed man tells you he sang in the church choir when he was young and used to go fishing with his brother. His brother lives in another municipality and they have drifted apart. The man's first goal becomes to phone his brother and ask whether he would like to go ice fishing in the spring. His second goal is to go and listen to the parish choir rehearse before deciding whether to join.</p></blockquote>
<blockquote><p><strong>Example:</strong> Daily life for the reindeer herder's spouse follows the rhythm of the herding year. In the busy periods there is no time for anything; in the quiet periods they are alone. The goals are fitted to the seasons: they want to find a crafts group that also meets online, so that they can take part even when the village is a long way off.</p></blockquote>
<h2>Checklist after mapping</h2>
<ul>
<li>I know what matters to the person, in their own words.</li>
<li>We have one to three small goals that they chose themselves.</li>
<li>We know what we will do before the next meeting and who does what.</li>
</ul>
<h3>Reflect</h3>
<ul>
<li>How can you tell whether a goal is the person's own or yours?</li>
<li>What would you do if the person says nothing interests them?</li>
</ul>
""",
            },
        },
    ],
}


# 4. Walking alongside and ending well ------------------------------------------------------------

WALKING_ALONGSIDE = {
    "key": "walking-alongside",
    "title": {
        "fi": "Rinnalla kulkeminen ja hyvä lopetus",
        "sv": "Att gå bredvid och avsluta väl",
        "en": "Walking alongside and ending well",
    },
    "summary": {
        "fi": "Opit tukemaan ihmistä sovitun ajan, yhdestä kuuteen kuukautta, ja päättämään tuen niin, että hyvä jää elämään.",
        "sv": (
            "Du lär dig att stödja människan under den tid ni kommit överens om, från en till sex månader, och "
            "att avsluta stödet så att det goda lever vidare."
        ),
        "en": "You learn to support a person for an agreed time of one to six months and to end the support so that the good carries on.",
    },
    "minutes": 50,
    "required": True,
    "prerequisites": ["role-and-limits"],
    "activities": [
        {
            "kind": "text",
            "title": {
                "fi": "Rinnalla kulkeminen yhdestä kuuteen kuukautta",
                "sv": "Att gå bredvid från en till sex månader",
                "en": "Walking alongside for one to six months",
            },
            "minutes": 25,
            "body": {
                "fi": """
<h2>Sovittu aika ja oma tahti</h2>
<p>Tuki kestää sovitun ajan, yhdestä kuuteen kuukautta. Kesto sovitaan alussa yhdessä ihmisen ja koordinaattorin kanssa. Toiselle riittää muutama tapaaminen ja yksi onnistunut ensikäynti. Toinen tarvitsee pidemmän ajan, jotta luottamus syntyy ja uusi tapa juurtuu arkeen. Sopikaa myös, kuinka usein tapaatte ja miten pidätte yhteyttä tapaamisten välillä.</p>
<p>Eteneminen tapahtuu ihmisen tahdissa. Sinä voit rohkaista, mutta et työnnä. Jos jokin tuntuu hänestä liian isolta, etsikää pienempi askel.</p>
<h2>Mukana ensimmäisellä kerralla, sitten askel taaksepäin</h2>
<p>Uuteen porukkaan meneminen on monelle vaikeinta. Siksi voit lähteä mukaan ensimmäiselle kerralle. Voit etukäteen ihmisen luvalla soittaa ryhmän vetäjälle ja kertoa, että tulossa on uusi osallistuja. Ensimmäisen kerran jälkeen jutelkaa, miltä se tuntui. Seuraavalla kerralla ihminen voi mennä jo itse, ja sinä soitat jälkeenpäin. Vähitellen hän tarvitsee sinua yhä vähemmän. Se on merkki onnistumisesta.</p>
<blockquote><p><strong>Esimerkki:</strong> Leskimies haluaa kuunnella kuoroharjoituksia. Menette ensimmäisellä kerralla yhdessä ja istutte takarivissä. Tauolla kuoron vetäjä tulee tervehtimään ja kutsuu hänet kahville. Toisella kerralla mies menee yksin. Kolmannella kerralla hän kertoo puhelimessa, että häneltä kysyttiin, voisiko hän laulaa bassoa.</p></blockquote>
<h2>Kun asiat eivät mene suunnitellusti</h2>
<p>Takaiskut ovat tavallisia. Ihminen peruu tapaamisen, ei lähdekään sovittuun paikkaan tai kokee, ettei toiminta ollut hänen juttunsa. Tämä on osa matkaa, ei epäonnistuminen. Kysy uteliaasti, mikä esti tai mikä ei tuntunut hyvältä, ja muokatkaa tavoitetta. Joskus sopiva paikka löytyy vasta kolmannella yrityksellä.</p>
<p>Jos ihminen peruu tapaamisia toistuvasti tai et tavoita häntä, kerro koordinaattorille. Jos samalla huomaat merkkejä voinnin heikkenemisestä, toimi kuten toisessa osassa opit.</p>
<h2>Jokaisen tapaamisen runko</h2>
<ol>
<li>Kuulumiset: miten aika edellisestä tapaamisesta on mennyt?</li>
<li>Mitä tapahtui sovituille askelille? Mikä onnistui, mikä oli vaikeaa?</li>
<li>Mitä seuraavaksi? Sovitaan uusi pieni askel.</li>
<li>Yhteenveto: kumpi tekee mitä ja milloin tavataan tai soitetaan seuraavaksi.</li>
</ol>
<h2>Pidä loppu näkyvissä</h2>
<p>Jo alussa on hyvä sanoa ääneen, milloin tuki päättyy. Se ei ole kylmää vaan reilua: ihminen tietää, mihin varautua, ja tavoitteet rakennetaan niin, että ne kantavat myös tuen jälkeen. Kysy välillä: ”Mikä auttaa sinua jatkamaan tätä, kun en enää ole mukana?”</p>
<h2>Tarkistuslista</h2>
<ul>
<li>Tuen kesto ja tapaamistiheys on sovittu ja kerrottu koordinaattorille.</li>
<li>Tiedän, milloin tuki päättyy, ja ihminen tietää sen myös.</li>
<li>Askel kerrallaan vastuu siirtyy minulta ihmiselle itselleen.</li>
</ul>
<h3>Pohdi</h3>
<ul>
<li>Mistä tunnistat, että on aika ottaa askel taaksepäin?</li>
<li>Miltä sinusta tuntuisi, jos ihminen peruu tapaamisen kolme kertaa peräkkäin? Mitä tekisit?</li>
</ul>
""",
                "sv": """
<h2>En avtalad tid och människans egen takt</h2>
<p>Stödet pågår under en avtalad tid, från en till sex månader. Längden bestäms i början tillsammans med människan och koordinatorn. För en räcker det med några träffar och ett lyckat första besök. En annan behöver längre tid för att förtroendet ska växa och en ny vana ska slå rot i vardagen. Kom också överens om hur ofta ni träffas och hur ni håller kontakt mellan träffarna.</p>
<p>Det går framåt i människans takt. Du kan uppmuntra, men du knuffar inte. Om något känns för stort för henne, leta efter ett mindre steg.</p>
<h2>Med första gången, sedan ett steg tillbaka</h2>
<p>Att gå till ett nytt gäng är det svåraste för många. Därför kan du följa med första gången. Med människans lov kan du i förväg ringa gruppens ledare och berätta att en ny deltagare är på väg. Prata efter första gången om hur det kändes. Nästa gång kan människan kanske gå själv, och du ringer efteråt. Så småningom behöver hon dig allt mindre. Det är ett tecken på att ni har lyckats.</p>
<blockquote><p><strong>Exempel:</strong> Änklingen vill lyssna på körövningarna. Första gången går ni tillsammans och sätter er längst bak. I pausen kommer körledaren fram och hälsar och bjuder honom på kaffe. Andra gången går mannen ensam. Tredje gången berättar han i telefon att någon har frågat om han kunde sjunga bas.</p></blockquote>
<h2>När det inte går som planerat</h2>
<p>Bakslag är vanliga. Människan ställer in en träff, går inte till det ställe ni kommit överens om eller tycker att verksamheten inte var något för henne. Det hör till vägen och är inget misslyckande. Fråga nyfiket vad som hindrade henne eller vad som inte kändes bra, och justera målet. Ibland hittar man rätt ställe först vid tredje försöket.</p>
<p>Om människan gång på gång ställer in träffar eller om du inte når henne, berätta det för koordinatorn. Om du samtidigt märker tecken på att hon mår sämre, gör som du lärde dig i den andra delen.</p>
<h2>Stommen för varje träff</h2>
<ol>
<li>Hur har du haft det: hur har tiden sedan förra träffen gått?</li>
<li>Hur gick det med stegen ni kom överens om? Vad lyckades, vad var svårt?</li>
<li>Vad händer härnäst? Ni kommer överens om ett nytt litet steg.</li>
<li>Sammanfattning: vem gör vad, och när ses eller hörs ni nästa gång?</li>
</ol>
<h2>Håll slutet synligt</h2>
<p>Redan i början är det bra att säga högt när stödet tar slut. Det är inte kallt utan rättvist: människan vet vad hon kan vänta sig, och målen byggs så att de bär också efter stödet. Fråga då och då: ”Vad hjälper dig att fortsätta med det här när jag inte längre är med?”</p>
<h2>Checklista</h2>
<ul>
<li>Stödets längd och hur ofta vi träffas är avtalat och meddelat till koordinatorn.</li>
<li>Jag vet när stödet tar slut, och människan vet det också.</li>
<li>Steg för steg flyttas ansvaret från mig till människan själv.</li>
</ul>
<h3>Fundera</h3>
<ul>
<li>Hur känner du igen att det är dags att ta ett steg tillbaka?</li>
<li>Hur skulle det kännas för dig om människan ställde in träffen tre gånger i rad? Vad skulle du göra?</li>
</ul>
""",
                "en": """
<h2>An agreed time and the person's own pace</h2>
<p>Support lasts for an agreed time, from one to six months. The length is agreed at the start together with the person and the coordinator. For one person, a few meetings and one successful first visit are enough. Another needs longer for trust to grow and a new habit to take root in daily life. Also agree how often you meet and how you keep in touch between meetings.</p>
<p>Progress happens at the person's pace. You can encourage, but you do not push. If something feels too big to them, look for a smaller step.</p>
<h2>Along the first time, then a step back</h2>
<p>For many people, joining a new group is the hardest part. That is why you can come along the first time. With the person's permission, you can phone the group leader beforehand and say that a newcomer is coming. After the first time, talk about how it felt. Next time the person may go alone, and you phone afterwards. Little by little they need you less and less. That is a sign of success.</p>
<blockquote><p><strong>Example:</strong> The widowed man wants to listen to a choir rehearsal. The first time you go together and sit in the back row. In the break the choir leader comes to say hello and invites him for coffee. The second time he goes alone. The third time he tells you on the phone that they asked him whether he could sing bass.</p></blockquote>
<h2>When things don't go to plan</h2>
<p>Setbacks are normal. The person cancels a meeting, doesn't go to the place you agreed on after all, or feels the activity wasn't for them. This is part of the journey, not a failure. Ask with curiosity what got in the way or what didn't feel right, and adjust the goal. Sometimes the right place is found only at the third attempt.</p>
<p>If the person cancels meetings again and again, or you cannot reach them, tell the coordinator. If at the same time you notice signs that their wellbeing is getting worse, act as you learned in the second module.</p>
<h2>A shape for every meeting</h2>
<ol>
<li>Catching up: how has the time since the last meeting gone?</li>
<li>What happened with the steps you agreed? What went well, what was difficult?</li>
<li>What next? Agree on a new small step.</li>
<li>Summary: who does what, and when you next meet or call.</li>
</ol>
<h2>Keep the end in sight</h2>
<p>It is good to say out loud at the very beginning when the support will end. That is not cold but fair: the person knows what to expect, and the goals are built so that they carry on after the support ends. Ask from time to time: "What will help you keep this going once I'm no longer involved?"</p>
<h2>Checklist</h2>
<ul>
<li>The length of support and how often we meet have been agreed and the coordinator knows them.</li>
<li>I know when the support ends, and so does the person.</li>
<li>Step by step, responsibility moves from me to the person themselves.</li>
</ul>
<h3>Reflect</h3>
<ul>
<li>How do you recognise that it is time to take a step back?</li>
<li>How would you feel if the person cancelled three meetings in a row? What would you do?</li>
</ul>
""",
            },
        },
        {
            "kind": "text",
            "title": {
                "fi": "Hyvä lopetus",
                "sv": "Att avsluta väl",
                "en": "Ending well",
            },
            "minutes": 25,
            "body": {
                "fi": """
<h2>Lopetus on osa tukea</h2>
<p>Tuen päättyminen ei ole sivuasia vaan yksi sen tärkeimmistä vaiheista. Hyvin valmisteltu lopetus auttaa ihmistä huomaamaan, mitä hän on saanut aikaan, ja luottamaan siihen, että hän pärjää jatkossa. Huonosti hoidettu lopetus voi tuntua hylkäämiseltä, erityisesti ihmisestä, joka on jo ennestään kokenut menetyksiä.</p>
<h2>Valmistele ajoissa</h2>
<ul>
<li>Muistuta päättymisestä muutamaa tapaamista ennen loppua: ”Meillä on vielä kolme tapaamista. Mietitään, mitä haluat niissä saada aikaan.”</li>
<li>Siirrä painopistettä siihen, mikä jatkuu ilman sinua: ryhmät, ihmiset ja tavat, jotka ovat löytyneet.</li>
<li>Selvittäkää yhdessä, kehen ihminen voi ottaa yhteyttä myöhemmin, jos tarvitsee apua tai tietoa.</li>
</ul>
<h2>Viimeinen tapaaminen</h2>
<p>Viimeisellä tapaamisella katsotte taaksepäin ja eteenpäin. Palatkaa alussa asetettuihin tavoitteisiin: mitä niille tapahtui, mikä muuttui, mikä yllätti. Tähän kuuluu myös yhteinen arviointi, josta kerrotaan tarkemmin kuudennessa osassa: loppukysely, tavoitteiden tarkastelu ja ihmisen palaute.</p>
<p>Kerro rehellisesti, mitä olet itse nähnyt: ”Muistan, kun ensimmäisellä kerralla et halunnut lähteä edes kahvilaan. Nyt kerroit käyneesi kuorossa koko syksyn.” Konkreettinen havainto jää mieleen paremmin kuin yleinen kehu.</p>
<p>Sano hyvästit selvästi ja lämpimästi. Tuki päättyy, eikä suhde jatku yksityisenä ohjelman ulkopuolella, ellei koordinaattorin kanssa ole toisin sovittu. Pienellä paikkakunnalla tapaatte ehkä kaupassa jatkossakin, ja se on luonnollista. Tervehdi ystävällisesti, mutta älä palaa tuen asioihin muiden kuullen.</p>
<h2>Jos tarve ei ole poistunut</h2>
<p>Joskus tuen lopussa näkyy, että ihminen tarvitsee enemmän kuin hyvinvointilähete voi antaa. Silloin kerro asiasta koordinaattorille, joka on yhteydessä lähettävään ammattilaiseen. Tukea ei jatketa loputtomiin, vaan etsitään oikea seuraava paikka.</p>
<h2>Kun ihminen haluaa lopettaa aiemmin</h2>
<p>Ihmisellä on aina oikeus lopettaa. Kunnioita päätöstä, kiitä yhteisestä ajasta ja kerro, mistä hän voi tarvittaessa kysyä apua myöhemmin. Ilmoita koordinaattorille. Jos kuitenkin epäilet, että lopettamisen taustalla on voinnin heikkeneminen, toimi kuten toisessa osassa opit.</p>
<blockquote><p><strong>Esimerkki:</strong> Poronhoitajan puoliso kertoo viimeisellä tapaamisella, että etäkäsityöpiiristä on tullut hänelle viikon kohokohta. Hän aikoo jatkaa siellä myös talvella. Sovitte, ettei erillistä jatkoa tarvita, ja hän antaa palautteen ohjelman lomakkeella.</p></blockquote>
<h2>Omat tunteesi</h2>
<p>Lopetus voi herättää myös sinussa haikeutta tai huolta siitä, pärjääkö ihminen. Tunteet ovat luonnollisia. Käsittele niitä mentoroinnissa.</p>
<h2>Tarkistuslista lopetukseen</h2>
<ul>
<li>Tavoitteet on käyty yhdessä läpi ja loppukysely tehty, jos ihminen suostui siihen.</li>
<li>Ihminen tietää, kehen hän voi ottaa yhteyttä tuen jälkeen.</li>
<li>Palaute on kerätty ohjelman lomakkeella.</li>
<li>Koordinaattori tietää, että tuki on päättynyt.</li>
<li>Omat muistiinpanoni on palautettu tai hävitetty ohjelman ohjeiden mukaan.</li>
</ul>
<h3>Pohdi</h3>
<ul>
<li>Millaisia lopetuksia olet itse kokenut? Mikä teki niistä hyviä tai huonoja?</li>
<li>Miten sanoisit hyvästit ihmiselle, joka toivoo, että jatkaisitte tapaamisia?</li>
</ul>
""",
                "sv": """
<h2>Avslutningen är en del av stödet</h2>
<p>Att stödet tar slut är ingen bisak utan en av dess viktigaste faser. En väl förberedd avslutning hjälper människan att se vad hon har åstadkommit och lita på att hon klarar sig framöver. En illa skött avslutning kan kännas som att bli övergiven, särskilt för den som redan tidigare har upplevt förluster.</p>
<h2>Förbered i god tid</h2>
<ul>
<li>Påminn om slutet några träffar innan: ”Vi har tre träffar kvar. Låt oss fundera på vad du vill få ut av dem.”</li>
<li>Flytta tyngdpunkten till det som fortsätter utan dig: de grupper, människor och vanor som ni har hittat.</li>
<li>Reda tillsammans ut vem människan kan kontakta senare om hon behöver hjälp eller information.</li>
</ul>
<h2>Den sista träffen</h2>
<p>Vid den sista träffen ser ni både bakåt och framåt. Gå tillbaka till målen ni satte i början: vad hände med dem, vad förändrades, vad överraskade? Hit hör också den gemensamma utvärderingen, som beskrivs närmare i den sjätte delen: slutenkäten, genomgången av målen och människans respons.</p>
<p>Berätta ärligt vad du själv har sett: ”Jag minns att du första gången inte ens ville gå till kaféet. Nu berättade du att du har varit med i kören hela hösten.” En konkret iakttagelse stannar kvar bättre än allmänt beröm.</p>
<p>Säg adjö tydligt och varmt. Stödet tar slut, och relationen fortsätter inte privat utanför programmet, om inte något annat har avtalats med koordinatorn. På en liten ort möts ni kanske i butiken även i fortsättningen, och det är naturligt. Hälsa vänligt, men ta inte upp sådant som hör till stödet när andra hör på.</p>
<h2>Om behovet finns kvar</h2>
<p>Ibland syns det i slutet av stödet att människan behöver mer än en välfärdsremiss kan ge. Berätta då om saken för koordinatorn, som tar kontakt med den remitterande yrkespersonen. Stödet fortsätter inte i all oändlighet, utan ni söker rätt nästa ställe.</p>
<h2>När människan vill sluta tidigare</h2>
<p>Människan har alltid rätt att sluta. Respektera beslutet, tacka för tiden tillsammans och berätta var hon vid behov kan be om hjälp senare. Meddela koordinatorn. Men om du misstänker att beslutet beror på att hon mår sämre, gör som du lärde dig i den andra delen.</p>
<blockquote><p><strong>Exempel:</strong> Renskötarens make berättar vid den sista träffen att hantverksgruppen på distans har blivit veckans höjdpunkt för honom. Han tänker fortsätta där också i vinter. Ni kommer överens om att ingen särskild fortsättning behövs, och han ger respons på programmets blankett.</p></blockquote>
<h2>Dina egna känslor</h2>
<p>Avslutningen kan också väcka vemod hos dig, eller oro för om människan klarar sig. Känslorna är naturliga. Bearbeta dem i mentorskapet.</p>
<h2>Checklista för avslutningen</h2>
<ul>
<li>Vi har gått igenom målen tillsammans och gjort slutenkäten, om människan gick med på det.</li>
<li>Människan vet vem hon kan kontakta efter stödet.</li>
<li>Responsen är insamlad på programmets blankett.</li>
<li>Koordinatorn vet att stödet har avslutats.</li>
<li>Mina egna anteckningar är återlämnade eller förstörda enligt programmets anvisningar.</li>
</ul>
<h3>Fundera</h3>
<ul>
<li>Vilka avslutningar har du själv upplevt? Vad gjorde dem bra eller dåliga?</li>
<li>Hur skulle du säga adjö till en människa som önskar att ni fortsatte att träffas?</li>
</ul>
""",
                "en": """
<h2>Ending is part of the support</h2>
<p>The end of support is not a side issue but one of its most important stages. A well-prepared ending helps the person notice what they have achieved and trust that they will manage from now on. A badly handled ending can feel like being abandoned, especially for someone who has already experienced losses.</p>
<h2>Prepare in good time</h2>
<ul>
<li>Remind the person of the ending a few meetings before it comes: "We have three meetings left. Let's think about what you want to get out of them."</li>
<li>Shift the focus to what continues without you: the groups, people and habits that have been found.</li>
<li>Work out together whom the person can contact later if they need help or information.</li>
</ul>
<h2>The last meeting</h2>
<p>At the last meeting you look back and forward. Return to the goals you set at the start: what happened to them, what changed, what was a surprise. This also includes evaluating together, which is covered in more detail in the sixth module: the end questionnaire, looking at the goals again and the person's feedback.</p>
<p>Say honestly what you have seen yourself: "I remember the first time, when you didn't even want to go to the café. Now you've told me you went to choir all autumn." A concrete observation stays in mind better than general praise.</p>
<p>Say goodbye clearly and warmly. The support ends, and the relationship does not continue privately outside the programme unless something else has been agreed with the coordinator. In a small place you will probably still meet at the shop, and that is natural. Greet them kindly, but do not bring up matters from the support where others can hear.</p>
<h2>If the need has not gone away</h2>
<p>Sometimes at the end of the support it becomes clear that the person needs more than a welfare referral can give. Then tell the coordinator, who will be in touch with the referring professional. The support is not extended endlessly; instead, the right next place is found.</p>
<h2>When the person wants to stop early</h2>
<p>The person always has the right to stop. Respect the decision, thank them for the time together and tell them where they can ask for help later if needed. Let the coordinator know. If, however, you suspect that a decline in their wellbeing lies behind the decision, act as you learned in the second module.</p>
<blockquote><p><strong>Example:</strong> At the last meeting the reindeer herder's spouse says that the online crafts group has become the highlight of their week. They plan to keep going through the winter too. You agree that no further follow-up is needed, and they give feedback on the programme's form.</p></blockquote>
<h2>Your own feelings</h2>
<p>An ending can stir feelings in you too: wistfulness, or worry about whether the person will manage. These feelings are natural. Work through them in mentoring.</p>
<h2>Checklist for the ending</h2>
<ul>
<li>We have gone through the goals together and done the end questionnaire, if the person agreed to it.</li>
<li>The person knows whom they can contact after the support.</li>
<li>Feedback has been collected on the programme's form.</li>
<li>The coordinator knows that the support has ended.</li>
<li>My own notes have been returned or destroyed as the programme instructs.</li>
</ul>
<h3>Reflect</h3>
<ul>
<li>What endings have you experienced yourself? What made them good or bad?</li>
<li>How would you say goodbye to someone who hopes you could keep meeting?</li>
</ul>
""",
            },
        },
    ],
}


# 5. Local services, NGOs and community activity --------------------------------------------------

LOCAL_SERVICES = {
    "key": "local-services",
    "title": {
        "fi": "Paikalliset palvelut, järjestöt ja yhteisöt",
        "sv": "Service, föreningar och gemenskaper på orten",
        "en": "Local services, NGOs and community activity",
    },
    "summary": {
        "fi": "Opit, millaista toimintaa ja palveluja alueellasi on, miten löydät ne ja miten autat ihmistä pääsemään mukaan.",
        "sv": (
            "Du lär dig vilken verksamhet och service som finns i ditt område, hur du hittar den och hur du "
            "hjälper människan att komma med."
        ),
        "en": "You learn what kinds of activities and services exist in your area, how to find them and how to help a person join in.",
    },
    "minutes": 50,
    "required": True,
    "prerequisites": ["role-and-limits"],
    "activities": [
        {
            "kind": "text",
            "title": {
                "fi": "Mitä alueellasi on tarjolla",
                "sv": "Vad som finns i ditt område",
                "en": "What your area has to offer",
            },
            "minutes": 25,
            "body": {
                "fi": """
<h2>Paikallistuntemus on linkkihenkilön työkalu</h2>
<p>Linkkihenkilön on tunnettava oman alueensa palvelut ja järjestöt. Sinun ei tarvitse tietää kaikkea ulkoa, mutta sinun pitää tietää, millaista toimintaa on olemassa ja mistä saat lisää tietoa. Mitä paremmin tunnet alueesi, sitä helpommin löydät ihmiselle jotakin, joka sopii juuri hänelle.</p>
<h2>Neljä lähdettä</h2>
<h3>1. Järjestöt ja yhdistykset</h3>
<p>Suomessa ja myös Lapissa yhdistyksiä on paljon, pienissäkin kylissä. Esimerkiksi urheiluseurat, kyläyhdistykset, marttayhdistykset, mielenterveysyhdistykset, eläkeläisyhdistykset, metsästysseurat ja erilaiset vertaistukiryhmät järjestävät toimintaa, johon on helppo tulla mukaan. Monessa yhdistyksessä voi myös itse ryhtyä vapaaehtoiseksi. Se on hyvä vaihtoehto ihmiselle, joka haluaa tuntea olevansa tarpeellinen. Kysy myös ihmisen omasta historiasta: hän on ehkä kuulunut johonkin yhdistykseen vuosia sitten. Paluu tuttuun porukkaan voi olla paljon helpompaa kuin kokonaan uuteen ryhmään meneminen.</p>
<h3>2. Seurakunnat</h3>
<p>Seurakunnat järjestävät kerhoja, kuoroja, retkiä ja keskustelupiirejä. Moni toiminta on avointa kaikille vakaumuksesta riippumatta. Kysy kuitenkin aina, sopiiko seurakunnan toiminta ihmiselle. Kaikki eivät halua sitä, ja se on kunnioitettava.</p>
<h3>3. Kunnan ja hyvinvointialueen palvelut</h3>
<p>Kirjastot, kansalaisopistot sekä kunnan liikunta- ja kulttuuripalvelut ovat matalan kynnyksen paikkoja. Kirjastoon voi mennä ilman syytä, ja kansalaisopiston kurssilla tutustuu ihmisiin luontevasti tekemisen kautta. Lapin hyvinvointialueen palveluja tarvitaan, kun ihminen tarvitsee ammattiapua, esimerkiksi sosiaaliohjausta tai mielenterveys- ja päihdepalveluja. Niihin ohjaat yhdessä koordinaattorin ja lähettävän ammattilaisen kanssa, et itse päättäen.</p>
<h3>4. Epävirallinen yhteisö</h3>
<p>Kaikki toiminta ei ole yhdistyksissä. Kylätalon kahviaamu, kaupan penkki, yhteiset kalastus- tai marjareissut, naapurit ja suku ovat usein tärkeämpiä kuin mikään ohjelma. Kysy ihmiseltä, keitä hänen lähellään on, ja mieti yhdessä, voisiko vanhan yhteyden herättää henkiin.</p>
<h2>Ota huomioon käytännön asiat</h2>
<ul>
<li><strong>Matkat:</strong> Miten paikalle pääsee ilman autoa? Onko kunnassa asiointiliikennettä tai voisiko joku tarjota kyydin?</li>
<li><strong>Hinta:</strong> Maksaako toiminta jotakin? Onko jäsenmaksu tai välineiden hinta este?</li>
<li><strong>Esteettömyys:</strong> Pääseekö paikkaan, jos liikkuminen on vaikeaa tai kuulo heikentynyt?</li>
<li><strong>Kieli:</strong> Millä kielellä toiminta tapahtuu? Onko tarjolla toimintaa saameksi, ruotsiksi tai englanniksi?</li>
<li><strong>Vuodenaika:</strong> Moni toiminta on tauolla kesällä, ja kaamosaikaan liikkuminen on raskaampaa.</li>
</ul>
<blockquote><p><strong>Esimerkki:</strong> Rovaniemelle muuttanut opiskelija kertoo pitäneensä lukioaikana eläimistä. Löydätte yhdessä yhdistyksen, joka etsii vapaaehtoisia ulkoiluttamaan koiria. Toiminta on ilmaista, siellä tutustuu luontevasti muihin, eikä aikataulu ole tiukka.</p></blockquote>
<h3>Pohdi</h3>
<ul>
<li>Listaa kymmenen paikkaa tai ryhmää omalta alueeltasi, joihin yksinäinen aikuinen voisi mennä. Mitkä niistä ovat maksuttomia?</li>
<li>Mikä neljästä lähteestä on sinulle vierain? Miten voisit tutustua siihen?</li>
</ul>
""",
                "sv": """
<h2>Lokalkännedom är länkpersonens verktyg</h2>
<p>En länkperson ska känna till servicen och föreningarna i sitt område. Du behöver inte kunna allt utantill, men du ska veta vilken slags verksamhet som finns och var du får mer information. Ju bättre du känner ditt område, desto lättare hittar du något som passar just den här människan.</p>
<h2>Fyra källor</h2>
<h3>1. Organisationer och föreningar</h3>
<p>I Finland, också i Lappland, finns det många föreningar, även i små byar. Idrottsföreningar, byaföreningar, marthaföreningar, föreningar för psykisk hälsa, pensionärsföreningar, jaktföreningar och olika kamratstödsgrupper ordnar verksamhet som det är lätt att komma med i. I många föreningar kan man också själv bli frivillig. Det är ett bra alternativ för den som vill känna sig behövd. Fråga också om människans egen historia: hon har kanske hört till en förening för flera år sedan. Att återvända till ett bekant gäng kan vara mycket lättare än att gå till en helt ny grupp.</p>
<h3>2. Församlingarna</h3>
<p>Församlingarna ordnar klubbar, körer, utfärder och samtalsgrupper. Mycket av verksamheten är öppen för alla oberoende av övertygelse. Fråga ändå alltid om församlingens verksamhet passar människan. Alla vill inte ha den, och det ska respekteras.</p>
<h3>3. Kommunens och välfärdsområdets service</h3>
<p>Bibliotek, medborgarinstitut och kommunens idrotts- och kulturtjänster har en låg tröskel. Till biblioteket kan man gå utan särskilt ärende, och på en kurs vid medborgarinstitutet lär man känna människor helt naturligt genom att göra något tillsammans. Lapplands välfärdsområdes tjänster behövs när människan behöver professionell hjälp, till exempel socialhandledning eller mentalvårds- och missbrukartjänster. Till dem hänvisar du tillsammans med koordinatorn och den remitterande yrkespersonen, inte på eget beslut.</p>
<h3>4. Den informella gemenskapen</h3>
<p>All verksamhet finns inte i föreningar. Kaffemorgonen på byagården, bänken utanför butiken, fisketurerna eller bärplockningen tillsammans, grannarna och släkten är ofta viktigare än något program. Fråga människan vilka som finns nära henne, och fundera tillsammans på om en gammal kontakt kunde väckas till liv.</p>
<h2>Tänk på det praktiska</h2>
<ul>
<li><strong>Resorna:</strong> Hur kommer man dit utan bil? Finns det servicetrafik i kommunen, eller kunde någon erbjuda skjuts?</li>
<li><strong>Priset:</strong> Kostar verksamheten något? Är medlemsavgiften eller utrustningens pris ett hinder?</li>
<li><strong>Tillgängligheten:</strong> Kommer man in om det är svårt att röra sig eller om hörseln har försämrats?</li>
<li><strong>Språket:</strong> På vilket språk sker verksamheten? Finns det verksamhet på samiska, svenska eller engelska?</li>
<li><strong>Årstiden:</strong> Mycket av verksamheten gör uppehåll på sommaren, och under mörkertiden är det tyngre att ta sig ut.</li>
</ul>
<blockquote><p><strong>Exempel:</strong> Den studerande som har flyttat till Rovaniemi berättar att hon tyckte om djur när hon gick i gymnasiet. Tillsammans hittar ni en förening som söker frivilliga som rastar hundar. Verksamheten är gratis, man lär naturligt känna andra, och tidtabellen är inte sträng.</p></blockquote>
<h3>Fundera</h3>
<ul>
<li>Skriv upp tio ställen eller grupper i ditt område dit en ensam vuxen kunde gå. Vilka av dem är avgiftsfria?</li>
<li>Vilken av de fyra källorna är mest främmande för dig? Hur kunde du bekanta dig med den?</li>
</ul>
""",
                "en": """
<h2>Local knowledge is a link worker's tool</h2>
<p>A link worker must know the services and organisations in their own area. You do not need to know everything by heart, but you do need to know what kinds of activities exist and where to find out more. The better you know your area, the easier it is to find something that suits the person in front of you.</p>
<h2>Four sources</h2>
<h3>1. NGOs and associations</h3>
<p>Finland, including Lapland, has plenty of associations, even in small villages. Sports clubs, village associations, Martha organisations, mental-health associations, pensioners' associations, hunting clubs and various peer-support groups, for example, run activities that are easy to join. In many associations a person can also become a volunteer themselves. That is a good option for someone who wants to feel needed. Ask about the person's own history too: they may have belonged to an association years ago. Going back to a familiar group can be much easier than walking into a completely new one.</p>
<h3>2. Parishes</h3>
<p>Parishes organise clubs, choirs, outings and discussion groups. Many of these are open to everyone, whatever their beliefs. Always ask, though, whether parish activities suit the person. Not everyone wants them, and that must be respected.</p>
<h3>3. Municipal and wellbeing services county services</h3>
<p>Libraries, adult education centres (kansalaisopisto) and the municipality's sports and culture services are easy places to walk into. You can go to a library for no particular reason, and on an adult education course people get to know each other naturally by doing things together. Services of the Lapland wellbeing services county are needed when the person needs professional help, such as social counselling or mental-health and substance-use services. You guide people to those together with the coordinator and the referring professional, not on your own judgement.</p>
<h3>4. The informal community</h3>
<p>Not everything happens in associations. The coffee morning at the village hall, the bench outside the shop, shared fishing or berry-picking trips, neighbours and relatives are often more important than any programme. Ask the person who is around them, and think together about whether an old connection could be brought back to life.</p>
<h2>Think about the practicalities</h2>
<ul>
<li><strong>Travel:</strong> How can the person get there without a car? Does the municipality run a shopping and errands bus service, or could someone offer a lift?</li>
<li><strong>Cost:</strong> Does the activity cost anything? Is a membership fee or the price of equipment an obstacle?</li>
<li><strong>Accessibility:</strong> Can the person get in if moving about is hard or their hearing has weakened?</li>
<li><strong>Language:</strong> What language is the activity in? Is there anything in Sámi, Swedish or English?</li>
<li><strong>Season:</strong> Many activities take a break in summer, and getting about is harder in the dark season (kaamos).</li>
</ul>
<blockquote><p><strong>Example:</strong> The student who moved to Rovaniemi says they loved animals at upper secondary school. Together you find an association looking for volunteers to walk dogs. It costs nothing, it is a natural way to get to know others, and the schedule is not strict.</p></blockquote>
<h3>Reflect</h3>
<ul>
<li>List ten places or groups in your area that a lonely adult could go to. Which of them are free of charge?</li>
<li>Which of the four sources is least familiar to you? How could you get to know it?</li>
</ul>
""",
            },
        },
        {
            "kind": "text",
            "title": {
                "fi": "Miten löydät toimintaa ja autat pääsemään mukaan",
                "sv": "Hur du hittar verksamhet och hjälper människan att komma med",
                "en": "How to find activities and help someone join",
            },
            "minutes": 25,
            "body": {
                "fi": """
<h2>Mistä tieto löytyy</h2>
<p>Tieto paikallisesta toiminnasta on usein hajallaan. Siksi kannattaa käyttää monta lähdettä:</p>
<ul>
<li>kunnan verkkosivujen tapahtumakalenteri ja kunnan tiedotteet</li>
<li>paikallislehti ja sen menovinkit</li>
<li>kirjaston, kaupan ja kylätalon ilmoitustaulut</li>
<li>seurakunnan tiedotteet ja verkkosivut</li>
<li>yhdistysten omat sivut ja kylien sosiaalisen median ryhmät</li>
<li>koordinaattorin kokoama tieto ja muut linkkihenkilöt</li>
<li>ihmiset itse: kysy kaupan kassalta, kirjastonhoitajalta tai naapurilta, mitä kylällä tapahtuu</li>
</ul>
<h2>Tee itsellesi toimintakartta</h2>
<p>Kokoa itsellesi lista alueesi toiminnasta: mitä, missä, milloin, kuka on yhteyshenkilö, mitä se maksaa ja miten paikalle pääsee. Päivitä listaa aina, kun kuulet jotakin uutta. Jaa hyvät löydöt koordinaattorille ja muille linkkihenkilöille, niin kaikkien työ helpottuu. Listaan ei kirjata mitään tukemistasi ihmisistä. Se on tietoa toiminnasta, ei asiakkaista.</p>
<p>Tarkista tieto ennen kuin ehdotat sitä. Ryhmä on voinut lopettaa, vetäjä vaihtua tai kokoontumisaika muuttua. Yksi puhelu vetäjälle säästää ihmisen pettymykseltä, jos hän on kerännyt rohkeutta lähteä ja ovi onkin kiinni.</p>
<h2>Näin autat pääsemään mukaan</h2>
<ol>
<li><strong>Valitkaa yhdessä.</strong> Esittele muutama vaihtoehto ja anna ihmisen valita. Älä päätä hänen puolestaan.</li>
<li><strong>Ota selvää etukäteen.</strong> Mitä siellä tehdään, mitä pitää ottaa mukaan, millaisia ihmisiä siellä käy?</li>
<li><strong>Sovi ihmisen luvalla.</strong> Voit ottaa yhteyttä vetäjään ja kertoa, että tulossa on uusi osallistuja. Kerro vain se, mitä ihminen on antanut luvan kertoa.</li>
<li><strong>Ratkaise käytännön esteet.</strong> Kyyti, hinta, vaatteet, kellonaika.</li>
<li><strong>Lähde mukaan ensimmäisellä kerralla,</strong> jos ihminen sitä toivoo.</li>
<li><strong>Juttele jälkeenpäin.</strong> Mikä tuntui hyvältä, mikä oudolta? Mennäänkö uudestaan?</li>
</ol>
<h2>Kun sopivaa toimintaa ei löydy</h2>
<p>Syrjäkylässä ei aina ole mitään valmista. Silloin voitte miettiä etätoimintaa: monet yhdistykset ja kansalaisopistot järjestävät ryhmiä verkossa. Toinen vaihtoehto on pieni oma askel, kuten säännöllinen puhelu sukulaiselle tai naapurin kanssa sovittu viikoittainen kävely. Jos huomaat, että alueelta puuttuu jotakin, mitä moni kaipaa, kerro siitä koordinaattorille. Joskus uusi ryhmä syntyy juuri tällaisesta havainnosta.</p>
<blockquote><p><strong>Esimerkki:</strong> Poronhoitajan puoliso asuu kaukana kylästä. Lähin käsityöpiiri kokoontuu kuukausittain, mutta matka on pitkä ja talvella vaikea. Löydätte kansalaisopiston etäkurssin ja sovitte, että hän käy kylän piirissä silloin, kun kyyti järjestyy.</p></blockquote>
<h2>Tarkistuslista</h2>
<ul>
<li>Minulla on ajantasainen lista alueeni toiminnasta.</li>
<li>Tarkistan tiedon ennen kuin ehdotan sitä.</li>
<li>Kerron muille ihmisestä vain sen, mihin hän on antanut luvan.</li>
</ul>
<h3>Pohdi</h3>
<ul>
<li>Mistä itse kuulit viimeksi uudesta harrastuksesta tai tapahtumasta?</li>
<li>Mitä alueeltasi puuttuu? Kuka voisi olla kiinnostunut aloittamaan sen?</li>
</ul>
""",
                "sv": """
<h2>Var informationen finns</h2>
<p>Informationen om vad som händer på orten är ofta utspridd. Därför lönar det sig att använda många källor:</p>
<ul>
<li>evenemangskalendern på kommunens webbplats och kommunens meddelanden</li>
<li>lokaltidningen och dess evenemangstips</li>
<li>anslagstavlorna på biblioteket, i butiken och på byagården</li>
<li>församlingens meddelanden och webbplats</li>
<li>föreningarnas egna sidor och byarnas grupper i sociala medier</li>
<li>den information som koordinatorn har samlat och andra länkpersoner</li>
<li>människorna själva: fråga kassören i butiken, bibliotekarien eller grannen vad som händer i byn</li>
</ul>
<h2>Gör en karta över verksamheten åt dig själv</h2>
<p>Samla en lista över verksamheten i ditt område: vad, var, när, vem som är kontaktperson, vad det kostar och hur man kommer dit. Uppdatera listan varje gång du hör något nytt. Dela med dig av bra fynd till koordinatorn och de andra länkpersonerna, så blir allas arbete lättare. Ingenting om de människor du stöder skrivs in i listan. Den handlar om verksamhet, inte om klienter.</p>
<p>Kontrollera uppgifterna innan du föreslår något. Gruppen kan ha lagts ner, ledaren kan ha bytts ut eller mötestiden ändrats. Ett samtal till ledaren besparar människan en besvikelse, om hon har samlat mod att gå dit och dörren är stängd.</p>
<h2>Så hjälper du människan att komma med</h2>
<ol>
<li><strong>Välj tillsammans.</strong> Presentera några alternativ och låt människan välja. Bestäm inte åt henne.</li>
<li><strong>Ta reda på saker i förväg.</strong> Vad gör man där, vad ska man ha med sig, vilka slags människor går dit?</li>
<li><strong>Kom överens med människans lov.</strong> Du kan kontakta ledaren och berätta att en ny deltagare är på väg. Berätta bara det som människan har gett lov att berätta.</li>
<li><strong>Lös de praktiska hindren.</strong> Skjuts, pris, kläder, klockslag.</li>
<li><strong>Följ med första gången,</strong> om människan önskar det.</li>
<li><strong>Prata efteråt.</strong> Vad kändes bra, vad kändes konstigt? Går vi dit igen?</li>
</ol>
<h2>När det inte finns någon lämplig verksamhet</h2>
<p>I en avlägsen by finns det inte alltid något färdigt. Då kan ni fundera på verksamhet på distans: många föreningar och medborgarinstitut ordnar grupper på nätet. Ett annat alternativ är ett litet eget steg, som ett regelbundet samtal till en släkting eller en promenad varje vecka med grannen. Om du märker att det saknas något i området som många längtar efter, berätta det för koordinatorn. Ibland föds en ny grupp just ur en sådan iakttagelse.</p>
<blockquote><p><strong>Exempel:</strong> Renskötarens make bor långt från byn. Den närmaste handarbetscirkeln träffas en gång i månaden, men resan är lång och svår på vintern. Ni hittar en distanskurs vid medborgarinstitutet och kommer överens om att han går till cirkeln i byn när han får skjuts.</p></blockquote>
<h2>Checklista</h2>
<ul>
<li>Jag har en aktuell lista över verksamheten i mitt område.</li>
<li>Jag kontrollerar uppgifterna innan jag föreslår något.</li>
<li>Jag berättar för andra bara det om människan som hon har gett lov till.</li>
</ul>
<h3>Fundera</h3>
<ul>
<li>Var hörde du själv senast om en ny hobby eller ett nytt evenemang?</li>
<li>Vad saknas i ditt område? Vem kunde vara intresserad av att sätta i gång det?</li>
</ul>
""",
                "en": """
<h2>Where to find information</h2>
<p>Information about local activities is often scattered. That is why it pays to use many sources:</p>
<ul>
<li>the events calendar on the municipality's website and the municipality's announcements</li>
<li>the local newspaper and its listings</li>
<li>noticeboards at the library, the shop and the village hall</li>
<li>parish newsletters and websites</li>
<li>associations' own pages and villages' social media groups</li>
<li>information gathered by the coordinator, and other link workers</li>
<li>people themselves: ask the shop cashier, the librarian or a neighbour what is going on in the village</li>
</ul>
<h2>Make yourself an activity map</h2>
<p>Put together your own list of activities in your area: what, where, when, who the contact person is, what it costs and how to get there. Update the list whenever you hear something new. Share good finds with the coordinator and other link workers, so everyone's work gets easier. Nothing about the people you support goes on the list. It is information about activities, not about clients.</p>
<p>Check the information before you suggest it. A group may have stopped, the leader may have changed or the meeting time may have moved. One phone call to the leader can save the person from disappointment if they have gathered their courage to go and then find the door locked.</p>
<h2>How to help someone join</h2>
<ol>
<li><strong>Choose together.</strong> Present a few options and let the person choose. Don't decide for them.</li>
<li><strong>Find out beforehand.</strong> What happens there, what should you bring, what kind of people go?</li>
<li><strong>Arrange things with the person's permission.</strong> You can contact the leader and say that a newcomer is coming. Share only what the person has allowed you to share.</li>
<li><strong>Solve practical obstacles.</strong> Transport, cost, clothing, time of day.</li>
<li><strong>Go along the first time</strong> if the person wants you to.</li>
<li><strong>Talk afterwards.</strong> What felt good, what felt strange? Shall we go again?</li>
</ol>
<h2>When nothing suitable can be found</h2>
<p>A remote village does not always have anything ready-made. Then you can think about activities at a distance: many associations and adult education centres run groups online. Another option is a small step of the person's own, such as a regular phone call to a relative or a weekly walk agreed with a neighbour. If you notice that your area lacks something many people miss, tell the coordinator. Sometimes a new group is born from exactly this kind of observation.</p>
<blockquote><p><strong>Example:</strong> The reindeer herder's spouse lives far from the village. The nearest crafts circle meets monthly, but the journey is long and difficult in winter. Together you find an online course at the adult education centre, and agree that they will go to the village circle whenever a lift can be arranged.</p></blockquote>
<h2>Checklist</h2>
<ul>
<li>I have an up-to-date list of activities in my area.</li>
<li>I check information before I suggest it.</li>
<li>I tell others about the person only what they have allowed me to.</li>
</ul>
<h3>Reflect</h3>
<ul>
<li>Where did you last hear about a new hobby or event yourself?</li>
<li>What is missing in your area? Who might be interested in starting it?</li>
</ul>
""",
            },
        },
    ],
}


# 6. Evaluating together --------------------------------------------------------------------------

EVALUATING_TOGETHER = {
    "key": "evaluating-together",
    "title": {
        "fi": "Yhdessä arvioiminen",
        "sv": "Att utvärdera tillsammans",
        "en": "Evaluating together",
    },
    "summary": {
        "fi": "Opit, miten positiivista mielenterveyttä, osallistumista ja tavoitteiden toteutumista arvioidaan yhdessä ihmisen kanssa ja miten palaute kerätään.",
        "sv": (
            "Du lär dig hur positiv psykisk hälsa, delaktighet och hur målen har uppnåtts utvärderas tillsammans "
            "med människan, och hur responsen samlas in."
        ),
        "en": "You learn how positive mental health, participation and progress towards goals are evaluated together with the person, and how feedback is collected.",
    },
    "minutes": 45,
    "required": True,
    "prerequisites": ["role-and-limits"],
    "activities": [
        {
            "kind": "text",
            "title": {
                "fi": "Miksi ja miten arvioimme",
                "sv": "Varför och hur vi utvärderar",
                "en": "Why and how we evaluate",
            },
            "minutes": 20,
            "body": {
                "fi": """
<h2>Arviointi ei ole koe</h2>
<p>Arvioinnin tarkoitus on auttaa ihmistä ja sinua näkemään, mitä tuen aikana on tapahtunut. Se ei ole koe, jossa ihminen voi epäonnistua, eikä se mittaa sinun onnistumistasi työntekijänä. Arvioinnista kertyvä tieto auttaa myös kehittämään hyvinvointilähetemallia, kun sitä kootaan yhteen ilman, että yksittäisiä ihmisiä voi tunnistaa.</p>
<h2>Positiivinen mielenterveys</h2>
<p>Mielenterveys ei ole vain sairauden puuttumista. Positiivisella mielenterveydellä tarkoitetaan sitä, että ihminen kokee voivansa hyvin ja pärjäävänsä elämässään. Siihen kuuluu esimerkiksi tunne siitä, että pystyy hoitamaan asioitaan, että on läheisiä ihmissuhteita, että elämällä on merkitys ja että tulevaisuuteen voi suhtautua toiveikkaasti. Hyvinvointilähetteen tavoitteena on vahvistaa juuri näitä asioita.</p>
<p>Positiivista mielen hyvinvointia varten on kehitetty lyhyitä, tutkimuksessa testattuja kyselyjä. Ohjelma kertoo, mitä kyselyä käytetään. Käytä aina ohjelman antamaa versiota sellaisenaan. Älä muuta kysymysten sanamuotoja, älä lisää omia kysymyksiä äläkä käännä kyselyä itse toiselle kielelle. Muuten vastauksia ei voi verrata.</p>
<h2>Arvioinnin kolme osaa</h2>
<ol>
<li><strong>Lyhyt hyvinvointikysely alussa ja lopussa.</strong> Ihminen vastaa itse. Muutos alun ja lopun välillä kertoo jotakin siitä, miten hänen vointinsa on kehittynyt.</li>
<li><strong>Omat tavoitteet.</strong> Palaatte kartoituksessa sovittuihin tavoitteisiin matkan varrella ja lopussa.</li>
<li><strong>Osallistuminen ja palaute.</strong> Katsotte, mihin toimintaan ihminen on osallistunut, ja lopussa hän antaa palautetta tuesta.</li>
</ol>
<h2>Alkukysely käytännössä</h2>
<ul>
<li>Kerro, miksi kysely tehdään ja mihin vastauksia käytetään. Vastaaminen on vapaaehtoista.</li>
<li>Anna ihmisen vastata rauhassa itse. Jos hän toivoo, voit lukea kysymykset ääneen, mutta älä ehdota vastauksia.</li>
<li>Tee kysely ensimmäisissä tapaamisissa ohjelman ohjeen mukaan, ei heti ensimmäisinä minuutteina.</li>
<li>Säilytä vastaukset ohjelman lomakkeella ja ohjeen mukaan, ei koskaan potilastiedoissa.</li>
</ul>
<p>Jos tapaatte etänä, tehkää kysely ohjelman ohjeen mukaan, esimerkiksi lähettämällä lomake etukäteen tai käymällä kysymykset läpi puhelimessa. Varmista, että ihminen voi vastata rauhassa eikä kukaan muu kuuntele vierestä.</p>
<p>Vastaukset eivät ole diagnoosi, eikä sinun tehtäväsi ole tulkita niitä kuin ammattilainen. Jos vastaukset tai keskustelu kuitenkin herättävät huolta vakavasta pahoinvoinnista, ota asia puheeksi ja toimi, kuten toisessa osassa opit.</p>
<blockquote><p><strong>Esimerkki:</strong> Leskimies sanoo, ettei hän ole ”mikään kyselyihmisiä”. Kerrot, että kysely on lyhyt ja että sen avulla hän näkee itse lopussa, onko jotain muuttunut. Hän päättää vastata, mutta pyytää, että luet kysymykset, koska silmälasit jäivät kotiin.</p></blockquote>
<h3>Pohdi</h3>
<ul>
<li>Mistä sinä itse huomaat, että voit hyvin? Mitä kysymystä käyttäisit, jos haluaisit tietää sen toiselta?</li>
<li>Miten kertoisit kyselyn tarkoituksen ihmiselle, joka epäilee sitä?</li>
</ul>
""",
                "sv": """
<h2>Utvärderingen är inget prov</h2>
<p>Utvärderingen ska hjälpa människan och dig att se vad som har hänt under stödet. Den är inget prov som människan kan misslyckas i, och den mäter inte hur du lyckas i ditt uppdrag. Uppgifterna från utvärderingen hjälper också till att utveckla modellen med välfärdsremiss, när de sammanställs så att ingen enskild människa kan kännas igen.</p>
<h2>Positiv psykisk hälsa</h2>
<p>Psykisk hälsa är inte bara frånvaro av sjukdom. Med positiv psykisk hälsa menas att människan upplever att hon mår bra och klarar sig i livet. Dit hör till exempel känslan av att kunna sköta sina ärenden, att ha nära relationer, att livet har en mening och att man kan se hoppfullt på framtiden. Välfärdsremissen har som mål att stärka just de här sakerna.</p>
<p>För att mäta positivt psykiskt välmående har man tagit fram korta enkäter som har prövats i forskning. Programmet berättar vilken enkät som används. Använd alltid den version som programmet ger, som den är. Ändra inte frågornas ordalydelse, lägg inte till egna frågor och översätt inte enkäten själv till ett annat språk. Annars går svaren inte att jämföra.</p>
<h2>Utvärderingens tre delar</h2>
<ol>
<li><strong>En kort välmåendeenkät i början och i slutet.</strong> Människan svarar själv. Förändringen mellan början och slutet säger något om hur hennes mående har utvecklats.</li>
<li><strong>De egna målen.</strong> Ni återkommer till målen från kartläggningen längs vägen och i slutet.</li>
<li><strong>Delaktighet och respons.</strong> Ni ser på vilken verksamhet människan har deltagit i, och i slutet ger hon respons på stödet.</li>
</ol>
<h2>Den första enkäten i praktiken</h2>
<ul>
<li>Berätta varför enkäten görs och vad svaren används till. Det är frivilligt att svara.</li>
<li>Låt människan svara själv i lugn och ro. Om hon vill kan du läsa frågorna högt, men föreslå inga svar.</li>
<li>Gör enkäten under de första träffarna enligt programmets anvisning, inte genast under de första minuterna.</li>
<li>Förvara svaren på programmets blankett och enligt anvisningen, aldrig i patientjournalerna.</li>
</ul>
<p>Om ni träffas på distans, gör enkäten enligt programmets anvisning, till exempel genom att skicka blanketten i förväg eller gå igenom frågorna i telefon. Se till att människan kan svara i lugn och ro och att ingen annan lyssnar bredvid.</p>
<p>Svaren är ingen diagnos, och det är inte din uppgift att tolka dem som en yrkesperson. Men om svaren eller samtalet väcker oro för att människan mår allvarligt dåligt, ta upp saken och gör som du lärde dig i den andra delen.</p>
<blockquote><p><strong>Exempel:</strong> Änklingen säger att han ”inte är någon enkätmänniska”. Du berättar att enkäten är kort och att han med hjälp av den själv kan se i slutet om något har förändrats. Han bestämmer sig för att svara, men ber dig läsa frågorna eftersom han har glömt glasögonen hemma.</p></blockquote>
<h3>Fundera</h3>
<ul>
<li>Hur märker du själv att du mår bra? Vilken fråga skulle du ställa om du ville veta det av någon annan?</li>
<li>Hur skulle du förklara enkätens syfte för en människa som tvivlar på den?</li>
</ul>
""",
                "en": """
<h2>Evaluation is not a test</h2>
<p>The purpose of evaluation is to help the person and you see what has happened during the support. It is not a test the person can fail, and it does not measure how well you are doing as a worker. The information gathered through evaluation also helps to develop the welfare referral model, when it is combined in a way that does not identify individual people.</p>
<h2>Positive mental health</h2>
<p>Mental health is not just the absence of illness. Positive mental health means that a person feels well and feels they are managing in life. It includes, for example, feeling able to handle one's own affairs, having close relationships, finding meaning in life and being able to face the future with hope. The welfare referral aims to strengthen exactly these things.</p>
<p>Short questionnaires on positive mental wellbeing have been developed and tested in research. The programme tells you which questionnaire is used. Always use the version the programme gives you, exactly as it is. Don't change the wording of the questions, don't add your own questions and don't translate the questionnaire into another language yourself. Otherwise the answers cannot be compared.</p>
<h2>The three parts of evaluation</h2>
<ol>
<li><strong>A short wellbeing questionnaire at the start and at the end.</strong> The person answers it themselves. The change between start and end says something about how their wellbeing has developed.</li>
<li><strong>Their own goals.</strong> You return to the goals agreed during mapping along the way and at the end.</li>
<li><strong>Participation and feedback.</strong> You look at which activities the person has taken part in, and at the end they give feedback on the support.</li>
</ol>
<h2>The start questionnaire in practice</h2>
<ul>
<li>Explain why the questionnaire is done and what the answers are used for. Answering is voluntary.</li>
<li>Let the person answer by themselves in peace. If they wish, you can read the questions aloud, but don't suggest answers.</li>
<li>Do the questionnaire in the first meetings as the programme instructs, not in the very first minutes.</li>
<li>Keep the answers on the programme's form and as instructed, never in patient records.</li>
</ul>
<p>If you meet remotely, do the questionnaire as the programme instructs, for example by sending the form in advance or going through the questions over the phone. Make sure the person can answer in peace, with nobody else listening in.</p>
<p>The answers are not a diagnosis, and it is not your task to interpret them as a professional would. But if the answers or the conversation make you worried about serious distress, bring it up and act as you learned in the second module.</p>
<blockquote><p><strong>Example:</strong> The widowed man says he is "not one for questionnaires". You explain that it is short and that it lets him see for himself at the end whether anything has changed. He decides to answer, but asks you to read the questions out because he left his glasses at home.</p></blockquote>
<h3>Reflect</h3>
<ul>
<li>How do you notice that you yourself are doing well? What question would you ask if you wanted to know that about someone else?</li>
<li>How would you explain the purpose of the questionnaire to someone who is doubtful about it?</li>
</ul>
""",
            },
        },
        {
            "kind": "text",
            "title": {
                "fi": "Tavoitteet, osallistuminen ja palaute lopussa",
                "sv": "Målen, delaktigheten och responsen i slutet",
                "en": "Goals, participation and feedback at the end",
            },
            "minutes": 25,
            "body": {
                "fi": """
<h2>Arviointi kulkee mukana koko ajan</h2>
<p>Vaikka kysely tehdään alussa ja lopussa, arvioitte edistymistä koko tuen ajan. Jokaisella tapaamisella kysyt, mitä sovituille askelille tapahtui. Näin tavoitteita voi muuttaa ajoissa, jos ne osoittautuvat liian isoiksi, liian pieniksi tai vääriksi.</p>
<table>
<thead><tr><th>Vaihe</th><th>Mitä katsotaan</th></tr></thead>
<tbody>
<tr><td>Alku</td><td>Hyvinvointikysely, ihmisen omat toiveet ja ensimmäiset tavoitteet</td></tr>
<tr><td>Matkan varrella</td><td>Toteutuneet askeleet, osallistuminen toimintaan, tavoitteiden muokkaus</td></tr>
<tr><td>Loppu</td><td>Hyvinvointikysely uudelleen, tavoitteiden tarkastelu, osallistuminen ja palaute</td></tr>
</tbody>
</table>
<h2>Tavoitteiden tarkastelu</h2>
<p>Lopussa käytte läpi jokaisen tavoitteen. Kysy avoimesti: ”Mitä tälle tavoitteelle tapahtui?” Tavoite on voinut toteutua, toteutua osittain tai muuttua matkan aikana joksikin muuksi. Kaikki nämä ovat hyviä vastauksia. Voit pyytää ihmistä arvioimaan itse esimerkiksi asteikolla yhdestä kymmeneen, kuinka lähellä hän on sitä, mitä toivoi. Tärkeintä on hänen oma kokemuksensa, ei sinun arviosi.</p>
<h2>Osallistuminen</h2>
<p>Kirjaa ohjelman lomakkeelle se, mitä lomake pyytää osallistumisesta: esimerkiksi millaiseen toimintaan ihminen on osallistunut, kuinka usein ja aikooko hän jatkaa. Älä kirjaa ihmisen terveydestä tai yksityiselämästä mitään, mitä lomake ei pyydä.</p>
<h2>Palaute</h2>
<p>Lopuksi ihminen antaa palautetta tuesta. Palaute kerätään ohjelman tavalla, usein lomakkeella, johon voi vastata myös nimettömänä. Kerro, että rehellinen palaute auttaa kehittämään toimintaa ja ettei kriittinen palaute loukkaa sinua. Anna hänelle tilaa vastata ilman, että katsot olan yli.</p>
<h2>Kun tulos yllättää</h2>
<p>Joskus loppukyselyn vastaukset ovat heikommat kuin alussa. Se ei välttämättä tarkoita, että tuki olisi epäonnistunut. Elämässä on voinut tapahtua jotakin, mihin tuki ei vaikuta, kuten sairastuminen tai menetys. Keskustele tuloksesta ihmisen kanssa. Jos huolestut hänen voinnistaan, kerro koordinaattorille.</p>
<h2>Oma arviosi</h2>
<p>Pohdi lopuksi myös omaa työtäsi. Mikä sujui, mitä tekisit toisin? Vie havainnot mentorointiin ilman ihmistä tunnistavia yksityiskohtia.</p>
<blockquote><p><strong>Esimerkki:</strong> Rovaniemelle muuttaneen opiskelijan tavoite oli löytää yksi säännöllinen harrastus. Koirien ulkoilutus jäi pois, kun aikataulut muuttuivat, mutta sen kautta hän tutustui ihmisiin, joiden kanssa hän nyt käy kiipeilemässä. Alkuperäinen tavoite ei toteutunut sellaisenaan, mutta opiskelija arvioi itse olevansa kahdeksikon kohdalla. Loppukyselyn vastaukset ovat myönteisemmät kuin alussa.</p></blockquote>
<h2>Tarkistuslista</h2>
<ul>
<li>Loppukysely on tehty samalla kyselyllä kuin alussa, jos ihminen suostui.</li>
<li>Jokainen tavoite on käyty läpi ihmisen omin sanoin.</li>
<li>Osallistuminen on kirjattu ohjelman lomakkeelle vain pyydetyiltä osin.</li>
<li>Ihmisellä on ollut mahdollisuus antaa palautetta rauhassa.</li>
</ul>
<h3>Pohdi</h3>
<ul>
<li>Miltä sinusta itsestäsi tuntuisi, jos loppukyselyn vastaukset olisivat heikommat kuin alussa? Kenen kanssa voisit puhua siitä?</li>
<li>Millaista palautetta sinun olisi vaikeinta kuulla? Miksi?</li>
</ul>
""",
                "sv": """
<h2>Utvärderingen pågår hela tiden</h2>
<p>Fast enkäten görs i början och i slutet, följer ni hur det går under hela stödet. Vid varje träff frågar du vad som hände med de steg ni kom överens om. På så sätt kan målen ändras i tid, om de visar sig vara för stora, för små eller fel.</p>
<table>
<thead><tr><th>Skede</th><th>Vad ni ser på</th></tr></thead>
<tbody>
<tr><td>Början</td><td>Välmåendeenkäten, människans egna önskemål och de första målen</td></tr>
<tr><td>Längs vägen</td><td>Stegen som har tagits, deltagandet i verksamhet, justeringen av målen</td></tr>
<tr><td>Slutet</td><td>Välmåendeenkäten på nytt, genomgången av målen, deltagandet och responsen</td></tr>
</tbody>
</table>
<h2>Genomgången av målen</h2>
<p>I slutet går ni igenom varje mål. Fråga öppet: ”Vad hände med det här målet?” Målet kan ha uppnåtts, delvis uppnåtts eller längs vägen förvandlats till något annat. Alla de svaren är bra. Du kan be människan själv bedöma, till exempel på en skala från ett till tio, hur nära hon är det hon önskade. Det viktigaste är hennes egen upplevelse, inte din bedömning.</p>
<h2>Deltagandet</h2>
<p>Anteckna på programmets blankett det som blanketten frågar om deltagandet: till exempel vilken slags verksamhet människan har deltagit i, hur ofta och om hon tänker fortsätta. Anteckna ingenting om hennes hälsa eller privatliv som blanketten inte frågar efter.</p>
<h2>Responsen</h2>
<p>Till sist ger människan respons på stödet. Responsen samlas in på det sätt som programmet har bestämt, ofta på en blankett som också kan besvaras anonymt. Berätta att ärlig respons hjälper till att utveckla verksamheten och att kritisk respons inte sårar dig. Ge henne utrymme att svara utan att du tittar över axeln.</p>
<h2>När resultatet överraskar</h2>
<p>Ibland är svaren i slutenkäten sämre än i början. Det betyder inte nödvändigtvis att stödet har misslyckats. Något kan ha hänt i livet som stödet inte kan påverka, till exempel en sjukdom eller en förlust. Prata om resultatet med människan. Om du blir orolig för hur hon mår, berätta det för koordinatorn.</p>
<h2>Din egen bedömning</h2>
<p>Fundera till sist också på ditt eget arbete. Vad gick bra, vad skulle du göra annorlunda? Ta med dina iakttagelser till mentorskapet, utan detaljer som avslöjar vem människan är.</p>
<blockquote><p><strong>Exempel:</strong> Målet för den studerande som har flyttat till Rovaniemi var att hitta en regelbunden hobby. Hundrastningen föll bort när tidtabellerna ändrades, men genom den lärde hon känna människor som hon nu klättrar tillsammans med. Det ursprungliga målet uppnåddes inte som sådant, men hon bedömer själv att hon är på en åtta. Svaren i slutenkäten är positivare än i början.</p></blockquote>
<h2>Checklista</h2>
<ul>
<li>Slutenkäten är gjord med samma enkät som i början, om människan gick med på det.</li>
<li>Varje mål är genomgånget med människans egna ord.</li>
<li>Deltagandet är antecknat på programmets blankett bara till de delar som efterfrågas.</li>
<li>Människan har haft möjlighet att ge respons i lugn och ro.</li>
</ul>
<h3>Fundera</h3>
<ul>
<li>Hur skulle det kännas för dig om svaren i slutenkäten var sämre än i början? Med vem kunde du tala om det?</li>
<li>Vilken slags respons skulle vara svårast för dig att höra? Varför?</li>
</ul>
""",
                "en": """
<h2>Evaluation runs all the way through</h2>
<p>Although the questionnaire is done at the start and at the end, you evaluate progress throughout the support. At every meeting you ask what happened with the steps you agreed. That way the goals can be changed in time if they turn out to be too big, too small or simply wrong.</p>
<table>
<thead><tr><th>Stage</th><th>What you look at</th></tr></thead>
<tbody>
<tr><td>Start</td><td>The wellbeing questionnaire, the person's own wishes and the first goals</td></tr>
<tr><td>Along the way</td><td>Steps taken, participation in activities, adjusting the goals</td></tr>
<tr><td>End</td><td>The wellbeing questionnaire again, reviewing the goals, participation and feedback</td></tr>
</tbody>
</table>
<h2>Reviewing the goals</h2>
<p>At the end you go through each goal. Ask openly: "What happened with this goal?" A goal may have been reached, partly reached, or turned into something else along the way. All of these are good answers. You can ask the person to rate for themselves, say on a scale from one to ten, how close they are to what they hoped for. What matters most is their own experience, not your assessment.</p>
<h2>Participation</h2>
<p>On the programme's form, record what the form asks about participation: for example, what kinds of activities the person has taken part in, how often, and whether they plan to continue. Do not record anything about the person's health or private life that the form does not ask for.</p>
<h2>Feedback</h2>
<p>Finally, the person gives feedback on the support. Feedback is collected in the programme's way, often on a form that can also be answered anonymously. Tell them that honest feedback helps to improve the work and that critical feedback will not offend you. Give them room to answer without you looking over their shoulder.</p>
<h2>When the result is a surprise</h2>
<p>Sometimes the end questionnaire answers are worse than at the start. That does not necessarily mean the support has failed. Something may have happened in the person's life that the support cannot influence, such as an illness or a loss. Talk the result over with the person. If you are worried about how they are, tell the coordinator.</p>
<h2>Your own review</h2>
<p>Finally, reflect on your own work too. What went well, what would you do differently? Take your observations to mentoring without details that could identify the person.</p>
<blockquote><p><strong>Example:</strong> The goal of the student who moved to Rovaniemi was to find one regular hobby. Dog walking fell away when their timetable changed, but through it they got to know people they now go climbing with. The original goal was not reached as such, but the student rates themselves at eight out of ten. Their end questionnaire answers are more positive than at the start.</p></blockquote>
<h2>Checklist</h2>
<ul>
<li>The end questionnaire has been done with the same questionnaire as at the start, if the person agreed.</li>
<li>Each goal has been reviewed in the person's own words.</li>
<li>Participation has been recorded on the programme's form, only as far as asked.</li>
<li>The person has had the chance to give feedback in peace.</li>
</ul>
<h3>Reflect</h3>
<ul>
<li>How would you feel yourself if the end questionnaire answers were worse than at the start? Whom could you talk to about it?</li>
<li>What kind of feedback would be hardest for you to hear? Why?</li>
</ul>
""",
            },
        },
    ],
}


# 7. Sámi culture and cultural sensitivity in the north -------------------------------------------

SAMI_CULTURE = {
    "key": "sami-culture",
    "title": {
        "fi": "Saamelainen kulttuuri ja kulttuurisensitiivisyys pohjoisessa",
        "sv": "Samisk kultur och kulturell lyhördhet i norr",
        "en": "Sámi culture and cultural sensitivity in the north",
    },
    "summary": {
        "fi": "Opit perustietoja saamelaisista ja saamen kielistä sekä sen, miten kohtaat ihmisen kunnioittavasti olettamatta mitään hänen puolestaan.",
        "sv": (
            "Du får grundläggande kunskaper om samerna och de samiska språken och lär dig att möta en människa "
            "med respekt, utan att anta något i hennes ställe."
        ),
        "en": "You learn the basics about the Sámi and the Sámi languages, and how to meet a person respectfully without assuming anything on their behalf.",
    },
    "minutes": 50,
    "required": True,
    "prerequisites": ["role-and-limits"],
    "activities": [
        {
            "kind": "text",
            "title": {
                "fi": "Saamelaiset ja saamen kielet",
                "sv": "Samerna och de samiska språken",
                "en": "The Sámi and the Sámi languages",
            },
            "minutes": 25,
            "body": {
                "fi": """
<h2>Monen kielen pohjoinen</h2>
<p>Lapissa puhutaan suomea, ruotsia, englantia ja saamen kieliä. Työ, opiskelu ja matkailu tuovat alueelle ihmisiä eri puolilta maailmaa. Pohjoinen on myös saamelaisten kotiseutua. Linkkihenkilönä kohtaat todennäköisesti ihmisiä, joiden kieli, tavat ja elämänrytmi poikkeavat omistasi. Tässä osassa keskitytään erityisesti saamelaisiin, mutta samat periaatteet auttavat kohtaamaan ketä tahansa.</p>
<h2>Saamelaiset alkuperäiskansana</h2>
<p>Saamelaiset ovat alkuperäiskansa. Heidän perinteinen asuinalueensa ulottuu Suomen, Ruotsin ja Norjan pohjoisosista Venäjän Kuolan niemimaalle. Saamelaisilla on oma historiansa, omat kielensä ja oma kulttuurinsa, ja heillä on oikeus ylläpitää ja kehittää niitä.</p>
<h2>Kolme saamen kieltä</h2>
<p>Suomessa puhutaan kolmea saamen kieltä: <strong>pohjoissaamea</strong>, <strong>inarinsaamea</strong> ja <strong>koltansaamea</strong>. Ne ovat erillisiä kieliä, eivät saman kielen murteita, eikä yhden kielen puhuja välttämättä ymmärrä toista. Pohjoissaame on niistä laajimmin puhuttu. Inarinsaamea ja koltansaamea puhuu pieni joukko ihmisiä, ja niitä on elvytetty sinnikkäästi, esimerkiksi kielipesissä, joissa lapset oppivat kieltä arjen keskellä.</p>
<p>Kaikki saamelaiset eivät puhu saamea. Monen vanhemman saamelaisen kouluaikaan saamen kieltä ei arvostettu, ja esimerkiksi kaukana kotoa sijainneissa koulujen asuntoloissa sen käyttöä jopa estettiin. Siksi kieli on monessa suvussa katkennut. Nämä kokemukset voivat vaikuttaa siihen, miten ihminen suhtautuu viranomaisiin ja palveluihin tänäkin päivänä.</p>
<p>Saamelaisilla on oikeus käyttää omaa kieltään viranomaisten kanssa, erityisesti saamelaisten kotiseutualueella. Linkkihenkilö ei ole viranomainen, mutta voit kertoa ihmiselle tästä oikeudesta, kun ohjaatte häntä palveluihin, ja auttaa häntä kysymään saamenkielistä palvelua.</p>
<h2>Saamelaisten kotiseutualue</h2>
<p>Saamelaisten kotiseutualueeseen kuuluvat Enontekiö, Inari, Utsjoki ja Sodankylän pohjoisosa. Hyvinvointilähetettä on kokeiltu muun muassa Sodankylässä ja Enontekiöllä, joten saamelaisten kohtaaminen on monelle linkkihenkilölle arkea. Moni saamelainen asuu kuitenkin kotiseutualueen ulkopuolella, esimerkiksi Rovaniemellä ja Etelä-Suomen kaupungeissa. Saamelaisuus ei katoa muuton mukana.</p>
<h2>Elinkeinot, vuodenkierto ja suku</h2>
<p>Poronhoito on monelle saamelaiselle tärkeä elinkeino ja elämäntapa, mutta kaikki saamelaiset eivät ole poronhoitajia, ja Lapissa poroja hoitavat myös muut kuin saamelaiset. Saamelaiset tekevät kaikkia nykyajan töitä, ja perinteisiä elinkeinoja ovat myös kalastus ja käsityö, pohjoissaameksi <em>duodji</em>.</p>
<p>Porovuodella on oma rytminsä. Esimerkiksi vasanmerkinnät kesällä ja poroerotukset syksyllä ja talvella ovat kiireisiä aikoja, jolloin koko perhe voi olla mukana tai poissa kotoa. Sovita tapaamiset tämän rytmin mukaan.</p>
<p>Laaja suku on monelle saamelaiselle tärkeä tukiverkko. Se voi olla voimavara, mutta pienessä yhteisössä jokainen tuntee toisensa, joten luottamuksellisuudesta on huolehdittava erityisen tarkasti. Koltansaamelaisilla on lisäksi oma ortodoksinen perinteensä ja oma historiansa: heidän asuinalueensa jäi sodan jälkeen rajan taakse, ja heidät asutettiin uudelleen Inarin alueelle.</p>
<h3>Pohdi</h3>
<ul>
<li>Mitä tiesit saamelaisista ennen tätä sivua? Mistä tietosi on peräisin?</li>
<li>Miten menneisyyden kokemukset voisivat näkyä siinä, miten ihminen suhtautuu sinuun?</li>
</ul>
""",
                "sv": """
<h2>Ett norr med många språk</h2>
<p>I Lappland talas finska, svenska, engelska och samiska språk. Arbete, studier och turism för människor från olika håll i världen till området. Norr är också samernas hembygd. Som länkperson kommer du sannolikt att möta människor vars språk, seder och livsrytm skiljer sig från dina egna. Den här delen handlar särskilt om samerna, men samma principer hjälper dig att möta vem som helst.</p>
<h2>Samerna som urfolk</h2>
<p>Samerna är ett urfolk. Deras traditionella bosättningsområde sträcker sig från de norra delarna av Finland, Sverige och Norge till Kolahalvön i Ryssland. Samerna har en egen historia, egna språk och en egen kultur, och de har rätt att bevara och utveckla dem.</p>
<h2>Tre samiska språk</h2>
<p>I Finland talas tre samiska språk: <strong>nordsamiska</strong>, <strong>enaresamiska</strong> och <strong>skoltsamiska</strong>. De är skilda språk, inte dialekter av samma språk, och den som talar ett av dem förstår inte nödvändigtvis de andra. Nordsamiskan är det mest talade av dem. Enaresamiska och skoltsamiska talas av en liten grupp människor, och de har väckts till liv med stor envishet, till exempel i språkbon där barnen lär sig språket mitt i vardagen.</p>
<p>Alla samer talar inte samiska. När många äldre samer gick i skolan värdesattes inte samiskan, och till exempel på skolornas elevhem långt hemifrån hindrade man till och med eleverna från att tala den. Därför har språket brutits av i många släkter. Erfarenheterna kan påverka hur en människa förhåller sig till myndigheter och service än i dag.</p>
<p>Samerna har rätt att använda sitt eget språk hos myndigheterna, särskilt inom samernas hembygdsområde. En länkperson är ingen myndighet, men du kan berätta för människan om den här rättigheten när ni hänvisar henne till service, och hjälpa henne att be om service på samiska.</p>
<h2>Samernas hembygdsområde</h2>
<p>Till samernas hembygdsområde hör Enontekis, Enare, Utsjoki och norra delen av Sodankylä. Välfärdsremissen har prövats bland annat i Sodankylä och Enontekis, så att möta samer är vardag för många länkpersoner. Många samer bor ändå utanför hembygdsområdet, till exempel i Rovaniemi och i städerna i södra Finland. Det samiska försvinner inte när man flyttar.</p>
<h2>Näringar, årets gång och släkten</h2>
<p>Renskötseln är en viktig näring och ett viktigt sätt att leva för många samer, men alla samer är inte renskötare, och i Lappland sköts renar också av andra än samer. Samer arbetar inom alla nutida yrken, och till de traditionella näringarna hör också fiske och hantverk, på nordsamiska <em>duodji</em>.</p>
<p>Renskötselåret har sin egen rytm. Kalvmärkningen på sommaren och renskiljningarna på hösten och vintern är till exempel bråda tider, då hela familjen kan vara med eller borta hemifrån. Anpassa träffarna efter den rytmen.</p>
<p>Den stora släkten är ett viktigt stödnät för många samer. Den kan vara en resurs, men i en liten gemenskap känner alla varandra, så du måste vara särskilt noga med tystnadslöftet. Skoltsamerna har dessutom en egen ortodox tradition och en egen historia: deras bosättningsområde hamnade efter kriget på andra sidan gränsen, och de fick nya hem i trakterna kring Enare.</p>
<h3>Fundera</h3>
<ul>
<li>Vad visste du om samerna innan du läste den här sidan? Varifrån kommer dina kunskaper?</li>
<li>Hur kunde erfarenheter från det förflutna synas i hur en människa förhåller sig till dig?</li>
</ul>
""",
                "en": """
<h2>A north of many languages</h2>
<p>In Lapland people speak Finnish, Swedish, English and the Sámi languages. Work, study and tourism bring people here from all over the world. The north is also the homeland of the Sámi. As a link worker you will probably meet people whose language, customs and rhythm of life differ from yours. This module focuses on the Sámi in particular, but the same principles help you meet anyone.</p>
<h2>The Sámi as an Indigenous people</h2>
<p>The Sámi are an Indigenous people. Their traditional area stretches from the northern parts of Finland, Sweden and Norway to Russia's Kola Peninsula. The Sámi have their own history, their own languages and their own culture, and they have the right to maintain and develop them.</p>
<h2>Three Sámi languages</h2>
<p>Three Sámi languages are spoken in Finland: <strong>North Sámi</strong>, <strong>Inari Sámi</strong> and <strong>Skolt Sámi</strong>. They are separate languages, not dialects of one language, and a speaker of one does not necessarily understand another. North Sámi is the most widely spoken of them. Inari Sámi and Skolt Sámi are spoken by a small number of people, and they have been revived through persistent work, for example in language nests where children learn the language in everyday life.</p>
<p>Not all Sámi speak Sámi. When many older Sámi went to school, the Sámi language was not valued, and in places such as school boarding houses far from home its use was even discouraged. That is why the language has been broken off in many families. These experiences can still affect how a person feels about authorities and services today.</p>
<p>Sámi people have the right to use their own language with authorities, especially in the Sámi homeland. A link worker is not an authority, but you can tell the person about this right when you guide them to services, and help them ask for a service in Sámi.</p>
<h2>The Sámi homeland</h2>
<p>The Sámi homeland (saamelaisten kotiseutualue) covers Enontekiö, Inari, Utsjoki and the northern part of Sodankylä. The welfare referral has been piloted in places including Sodankylä and Enontekiö, so meeting Sámi people is part of everyday work for many link workers. Many Sámi, however, live outside the homeland, for example in Rovaniemi and in cities in southern Finland. Being Sámi does not disappear when someone moves.</p>
<h2>Livelihoods, seasons and family</h2>
<p>Reindeer herding is an important livelihood and way of life for many Sámi, but not all Sámi are reindeer herders, and in Lapland reindeer are herded by non-Sámi people too. Sámi people work in every modern occupation, and traditional livelihoods also include fishing and handicraft, in North Sámi <em>duodji</em>.</p>
<p>The herding year has its own rhythm. For example, calf marking in summer and the reindeer round-ups in autumn and winter are busy times, when the whole family may be involved or away from home. Fit your meetings around this rhythm.</p>
<p>A wide family network is an important source of support for many Sámi. It can be a strength, but in a small community everyone knows everyone, so confidentiality needs extra care. The Skolt Sámi also have their own Orthodox tradition and their own history: after the war their home area was left on the other side of the border, and they were resettled in the Inari area.</p>
<h3>Reflect</h3>
<ul>
<li>What did you know about the Sámi before this page? Where does your knowledge come from?</li>
<li>How might experiences from the past show in the way a person relates to you?</li>
</ul>
""",
            },
        },
        {
            "kind": "text",
            "title": {
                "fi": "Kulttuurisensitiivisyys käytännössä",
                "sv": "Kulturell lyhördhet i praktiken",
                "en": "Cultural sensitivity in practice",
            },
            "minutes": 25,
            "body": {
                "fi": """
<h2>Älä oleta – kysy</h2>
<p>Kulttuurisensitiivisyys ei tarkoita, että sinun pitäisi tietää kaikki toisen kulttuurista. Se tarkoittaa, että tiedät, ettet tiedä, ja kysyt kunnioittavasti. Ihmisen kieltä, taustaa tai elämäntapaa ei voi päätellä nimestä, asuinpaikasta tai ulkonäöstä. Kaikki saamelaiset eivät hoida poroja, eikä jokainen porotilalla asuva ole saamelainen.</p>
<p>Kysy ensitapaamisessa luontevasti: ”Millä kielellä haluaisit, että asioidaan?” tai ”Onko jotakin, mitä minun olisi hyvä tietää, jotta tämä sopisi sinulle?” Anna ihmisen itse kertoa taustastaan sen verran kuin hän haluaa. Älä koskaan kyseenalaista kenenkään identiteettiä.</p>
<h2>Kieli ratkaisee paljon</h2>
<p>Moni saamelainen pärjää arjessa hyvin suomeksi, mutta tunteista ja vaikeista asioista voi olla helpompi puhua omalla kielellä. Jos ihminen toivoo saamenkielistä tukea, kerro siitä koordinaattorille heti alussa. Saamea puhuvaa linkkihenkilöä tarjotaan aina, kun se on mahdollista. Pitkien välimatkojen vuoksi hän voi tukea myös etänä.</p>
<p>Jos osaat sanan tai kaksi saamea, saat käyttää niitä. Pohjoissaameksi voi tervehtiä sanomalla <em>Bures!</em> Älä kuitenkaan esitä osaavasi enempää kuin osaat. Aito kiinnostus on tärkeämpää kuin täydellisyys.</p>
<h2>Viestintä ja aika</h2>
<ul>
<li>Hiljaisuus ja harkinta ovat pohjoisessa tavallisia. Älä tulkitse vähäpuheisuutta kiinnostuksen puutteeksi.</li>
<li>Luottamus syntyy ajan kanssa. Joillekin on luontevampaa tutustua tekemisen kautta, esimerkiksi kävelyllä tai kahvia keittäessä, kuin istumalla pöydän ääressä.</li>
<li>Sovita tapaamiset vuodenkiertoon ja perheen kiireisiin. Kysy, mikä aika sopii.</li>
<li>Kysy, keitä ihminen haluaa ottaa mukaan. Suku voi olla voimavara, mutta päätös on hänen.</li>
</ul>
<h2>Kunnioita, älä koristele</h2>
<p>Saamelainen kulttuuri ei ole näytös eikä koriste. Esimerkiksi saamenpuku, pohjoissaameksi <em>gákti</em>, kertoo kantajastaan ja kuuluu yhteisölle. Älä pyydä ihmistä selittämään koko kulttuuriaan sinulle. Ota itse selvää, ja kysy vain se, mikä liittyy hänen tukemiseensa. Älä valokuvaa ihmisiä, kotia tai tapahtumia ilman lupaa.</p>
<h2>Kulttuurisesti sopiva toiminta</h2>
<p>Joillekin tärkeintä on päästä mukaan saamenkieliseen tai saamelaiseen toimintaan, kuten kielikurssille, käsityöryhmään tai kulttuuritapahtumaan. Toiset haluavat jotakin aivan muuta. Kysy, älä oleta.</p>
<blockquote><p><strong>Esimerkki:</strong> Oletit, että poronhoitajan puoliso on saamelainen. Hän kertoo muuttaneensa pohjoiseen Keski-Suomesta. Hänen puolisonsa suku on saamelainen, ja lapset oppivat pohjoissaamea. Hän tuntee jäävänsä ulkopuolelle, kun suku puhuu kieltä, jota hän ei ymmärrä. Hänen tavoitteekseen tulee aloittaa aikuisten pohjoissaamen etäkurssi.</p></blockquote>
<h2>Tarkistuslista</h2>
<ul>
<li>Kysyin, millä kielellä ihminen haluaa asioida.</li>
<li>Kerroin koordinaattorille, jos hän toivoo saamea puhuvaa linkkihenkilöä.</li>
<li>Sovitin tapaamiset hänen elämänrytmiinsä.</li>
<li>En tehnyt oletuksia hänen taustastaan.</li>
</ul>
<h3>Pohdi</h3>
<ul>
<li>Milloin joku on tehnyt sinusta vääriä oletuksia? Miltä se tuntui?</li>
<li>Miten voisit oppia lisää saamelaisesta kulttuurista omalla alueellasi?</li>
</ul>
""",
                "sv": """
<h2>Anta inte – fråga</h2>
<p>Kulturell lyhördhet betyder inte att du ska veta allt om någon annans kultur. Den betyder att du vet att du inte vet, och att du frågar med respekt. En människas språk, bakgrund eller livsstil går inte att sluta sig till av namnet, bostadsorten eller utseendet. Alla samer sköter inte renar, och alla som bor på en rengård är inte samer.</p>
<p>Fråga på ett naturligt sätt vid den första träffen: ”På vilket språk vill du att vi sköter det här?” eller ”Finns det något som det vore bra för mig att veta, så att det här passar dig?” Låt människan själv berätta om sin bakgrund så mycket som hon vill. Ifrågasätt aldrig någons identitet.</p>
<h2>Språket betyder mycket</h2>
<p>Många samer klarar vardagen bra på finska, men om känslor och svåra saker kan det vara lättare att tala på sitt eget språk. Om människan önskar stöd på samiska, berätta det för koordinatorn genast i början. En länkperson som talar samiska erbjuds alltid när det är möjligt. På grund av de långa avstånden kan hon eller han också stödja på distans.</p>
<p>Om du kan ett eller två ord samiska får du gärna använda dem. På nordsamiska kan man hälsa med <em><span lang="se">Bures!</span></em> Låtsas ändå inte kunna mer än du kan. Ett äkta intresse är viktigare än fullkomlighet.</p>
<h2>Kommunikation och tid</h2>
<ul>
<li>Tystnad och eftertanke är vanliga i norr. Tolka inte fåordighet som brist på intresse.</li>
<li>Förtroende växer med tiden. För en del är det naturligare att lära känna varandra genom att göra något, till exempel på en promenad eller medan man kokar kaffe, än genom att sitta vid ett bord.</li>
<li>Anpassa träffarna efter årets gång och familjens bråda tider. Fråga vilken tid som passar.</li>
<li>Fråga vem människan vill ha med. Släkten kan vara en resurs, men beslutet är hennes.</li>
</ul>
<h2>Respektera, dekorera inte</h2>
<p>Den samiska kulturen är ingen uppvisning och ingen dekoration. Samedräkten, på nordsamiska <em><span lang="se">gákti</span></em>, berättar till exempel om den som bär den och hör till gemenskapen. Be inte människan förklara hela sin kultur för dig. Ta själv reda på saker, och fråga bara det som har med stödet till henne att göra. Fotografera inte människor, hem eller evenemang utan lov.</p>
<h2>Verksamhet som passar kulturellt</h2>
<p>För en del är det viktigaste att få vara med i samiskspråkig eller samisk verksamhet, som en språkkurs, en hantverksgrupp eller ett kulturevenemang. Andra vill ha något helt annat. Fråga, anta inte.</p>
<blockquote><p><strong>Exempel:</strong> Du antog att renskötarens make är same. Han berättar att han flyttade norrut från Mellersta Finland. Hans hustrus släkt är samisk, och barnen lär sig nordsamiska. Han känner sig utanför när släkten talar ett språk som han inte förstår. Hans mål blir att börja på en distanskurs i nordsamiska för vuxna.</p></blockquote>
<h2>Checklista</h2>
<ul>
<li>Jag frågade på vilket språk människan vill sköta sina ärenden.</li>
<li>Jag berättade för koordinatorn om hon önskar en länkperson som talar samiska.</li>
<li>Jag anpassade träffarna efter hennes livsrytm.</li>
<li>Jag gjorde inga antaganden om hennes bakgrund.</li>
</ul>
<h3>Fundera</h3>
<ul>
<li>När har någon gjort felaktiga antaganden om dig? Hur kändes det?</li>
<li>Hur kunde du lära dig mer om den samiska kulturen i ditt eget område?</li>
</ul>
""",
                "en": """
<h2>Don't assume – ask</h2>
<p>Cultural sensitivity does not mean you should know everything about another person's culture. It means knowing that you don't know, and asking respectfully. You cannot tell a person's language, background or way of life from their name, where they live or how they look. Not all Sámi herd reindeer, and not everyone living on a reindeer farm is Sámi.</p>
<p>At the first meeting, ask naturally: "Which language would you like us to use?" or "Is there anything I should know so that this works for you?" Let the person tell you as much about their background as they want. Never question anyone's identity.</p>
<h2>Language matters a great deal</h2>
<p>Many Sámi manage well in Finnish in daily life, but feelings and difficult things can be easier to talk about in one's own language. If the person would like support in Sámi, tell the coordinator right at the start. A Sámi-speaking link worker is offered whenever possible. Because distances are long, they can also support the person remotely.</p>
<p>If you know a word or two of Sámi, feel free to use them. In North Sámi you can greet someone with <em>Bures!</em> But don't pretend to know more than you do. Genuine interest matters more than perfection.</p>
<h2>Communication and time</h2>
<ul>
<li>Silence and careful thought are common in the north. Don't read few words as a lack of interest.</li>
<li>Trust grows over time. For some people it is more natural to get acquainted by doing things, such as walking or making coffee, than by sitting at a table.</li>
<li>Fit your meetings around the seasons and the family's busy times. Ask what time suits.</li>
<li>Ask whom the person wants to involve. The family can be a strength, but the decision is theirs.</li>
</ul>
<h2>Respect, don't decorate</h2>
<p>Sámi culture is not a show or a decoration. For example, the Sámi dress, in North Sámi <em>gákti</em>, tells something about its wearer and belongs to the community. Don't ask the person to explain their whole culture to you. Find out for yourself, and ask only what relates to supporting them. Don't photograph people, homes or events without permission.</p>
<h2>Culturally fitting activities</h2>
<p>For some people the most important thing is to take part in Sámi-language or Sámi activities, such as a language course, a handicraft group or a cultural event. Others want something completely different. Ask, don't assume.</p>
<blockquote><p><strong>Example:</strong> You assumed that the reindeer herder's spouse was Sámi. They tell you they moved north from Central Finland. Their spouse's family is Sámi, and the children are learning North Sámi. They feel left out when the family speaks a language they don't understand. Their goal becomes to start an online North Sámi course for adults.</p></blockquote>
<h2>Checklist</h2>
<ul>
<li>I asked which language the person wants to use.</li>
<li>I told the coordinator if they would like a Sámi-speaking link worker.</li>
<li>I fitted the meetings to their rhythm of life.</li>
<li>I made no assumptions about their background.</li>
</ul>
<h3>Reflect</h3>
<ul>
<li>When has someone made wrong assumptions about you? How did it feel?</li>
<li>How could you learn more about Sámi culture in your own area?</li>
</ul>
""",
            },
        },
    ],
}


# 8. Privacy, consent and recording; the contract and fee; supporting remotely --------------------

PRIVACY_CONTRACT_REMOTE = {
    "key": "privacy-contract-remote",
    "title": {
        "fi": "Tietosuoja, sopimus ja etätuki",
        "sv": "Dataskydd, avtal och stöd på distans",
        "en": "Privacy, the contract and remote support",
    },
    "summary": {
        "fi": "Opit käsittelemään henkilötietoja suostumuksella ja turvallisesti, tunnet sopimuksesi ja palkkiosi ja osaat tukea ihmistä myös etänä.",
        "sv": (
            "Du lär dig att behandla personuppgifter med samtycke och på ett säkert sätt, du känner till ditt "
            "avtal och ditt arvode och du kan stödja en människa också på distans."
        ),
        "en": "You learn to handle personal information safely and with consent, understand your contract and fee, and know how to support a person remotely.",
    },
    "minutes": 50,
    "required": True,
    "prerequisites": ["role-and-limits"],
    "activities": [
        {
            "kind": "text",
            "title": {
                "fi": "Tietosuoja, suostumus ja mitä kirjataan minne",
                "sv": "Dataskydd, samtycke och vad som antecknas var",
                "en": "Privacy, consent and what is recorded where",
            },
            "minutes": 25,
            "body": {
                "fi": """
<h2>Luottamus rakentuu huolellisuudesta</h2>
<p>Ihminen kertoo sinulle asioita, joita hän ei ehkä ole kertonut kenellekään muulle. Siksi tietojen huolellinen käsittely on yhtä tärkeää kuin kuunteleminen. Henkilötietoa on kaikki, mistä ihmisen voi tunnistaa: nimi, osoite, puhelinnumero, mutta myös kuvaus hänen tilanteestaan, jos siitä voi päätellä, kenestä on kyse.</p>
<h2>Suostumus</h2>
<p>Käsittelet ihmisen tietoja vain niin kuin on sovittu ja hänen suostumuksellaan. Suostumus kysytään alussa ohjelman ohjeen mukaan. Hyvä suostumus on:</p>
<ul>
<li><strong>tietoinen</strong> – ihminen tietää, mitä tietoja kerätään, miksi ja kuka ne näkee</li>
<li><strong>vapaaehtoinen</strong> – tuen saaminen ei riipu siitä, suostuuko hän esimerkiksi kyselyyn</li>
<li><strong>peruttavissa</strong> – hän voi muuttaa mielensä milloin tahansa</li>
</ul>
<p>Myös silloin, kun haluat kertoa ihmisestä jotakin toiminnan vetäjälle, kysy ensin lupa ja kerro vain se, mihin lupa annettiin.</p>
<h2>Mitä kirjataan minne</h2>
<table>
<thead><tr><th>Tieto</th><th>Missä</th><th>Kuka näkee</th></tr></thead>
<tbody>
<tr><td>Lähete ja terveystiedot</td><td>Hyvinvointialueen potilastiedot</td><td>Sosiaali- ja terveysalan ammattilaiset. Ei linkkihenkilö.</td></tr>
<tr><td>Yhteystiedot, tavoitteet, kyselyt ja palaute</td><td>Ohjelman omat lomakkeet ohjeen mukaan</td><td>Sinä ja koordinaattori sovitusti</td></tr>
<tr><td>Omat muistiinpanosi</td><td>Vain jos tarpeen, mahdollisimman lyhyesti ja turvassa</td><td>Vain sinä. Palautetaan tai hävitetään tuen lopussa ohjeen mukaan.</td></tr>
<tr><td>Mentorointi</td><td>Keskustelu omasta työstäsi</td><td>Ei tunnistettavia tietoja tuettavasta</td></tr>
<tr><td>Tämä oppimisympäristö</td><td>Oma opiskelusi</td><td>Ei koskaan tietoja tukemistasi ihmisistä</td></tr>
</tbody>
</table>
<p>Sinä et kirjaa mitään potilastietoihin. Sinulla ei ole niihin pääsyä, eikä sinun tarvitse tietää ihmisen terveydestä muuta kuin hän itse haluaa kertoa.</p>
<h2>Pidä tiedot turvassa</h2>
<ul>
<li>Säilytä paperit lukitussa paikassa ja sähköiset tiedot salasanan takana. Älä säilytä niitä yhteiskäytössä olevalla laitteella.</li>
<li>Älä ota kuvia lomakkeista äläkä lähetä tietoja pikaviestiryhmissä tai sosiaalisessa mediassa.</li>
<li>Älä kerro tuettavastasi kotiväellesi. Pienellä paikkakunnalla pelkkä ”se mies, jonka vaimo piti ennen kylän kauppaa” riittää tunnistamiseen.</li>
<li>Kun tuki päättyy, palauta tai hävitä tiedot ohjelman ohjeen mukaan.</li>
</ul>
<h2>Mentoroinnissa puhutaan sinun työstäsi</h2>
<p>Mentorointitapaamisissa käsittelet omaa toimintaasi: mikä oli vaikeaa, mitä opit, miten voisit toimia toisin. Et kerro tuettavan nimeä etkä yksityiskohtia, joista hänet voisi tunnistaa. Voit sanoa esimerkiksi: ”Tuen ihmistä, joka perui kolme tapaamista, ja mietin, miten ottaisin asian puheeksi.”</p>
<h2>Luottamuksellisuuden raja</h2>
<p>Jos jonkun henki tai turvallisuus on vaarassa, toimit kuten toisessa osassa opit. Silloin tietoa saa ja pitää jakaa ammattilaisille tai hätäkeskukseen. Kerro tästä rajasta ihmiselle jo alussa.</p>
<h3>Pohdi</h3>
<ul>
<li>Missä säilytät tuettavan tiedot kotonasi ja puhelimessasi? Onko paikka turvallinen?</li>
<li>Miten vastaisit naapurille, joka kysyy: ”Sinähän käyt nykyään sen leskimiehen luona?”</li>
</ul>
""",
                "sv": """
<h2>Förtroende bygger på omsorg</h2>
<p>Människan berättar saker för dig som hon kanske inte har berättat för någon annan. Därför är det lika viktigt att behandla uppgifterna omsorgsfullt som att lyssna. En personuppgift är allt som en människa kan kännas igen av: namn, adress och telefonnummer, men också en beskrivning av hennes situation, om man av den kan sluta sig till vem det gäller.</p>
<h2>Samtycke</h2>
<p>Du behandlar människans uppgifter bara på det sätt ni har kommit överens om och med hennes samtycke. Samtycket frågas i början enligt programmets anvisning. Ett bra samtycke är</p>
<ul>
<li><strong>informerat</strong> – människan vet vilka uppgifter som samlas in, varför och vem som ser dem</li>
<li><strong>frivilligt</strong> – att hon får stöd beror inte på om hon till exempel går med på en enkät</li>
<li><strong>möjligt att återta</strong> – hon kan ändra sig när som helst</li>
</ul>
<p>Också när du vill berätta något om människan för ledaren av en verksamhet ska du först be om lov och bara berätta det som hon gav lov till.</p>
<h2>Vad som antecknas var</h2>
<table>
<thead><tr><th>Uppgift</th><th>Var</th><th>Vem ser den</th></tr></thead>
<tbody>
<tr><td>Remissen och hälsouppgifterna</td><td>Välfärdsområdets patientjournaler</td><td>Yrkespersonerna inom social- och hälsovården. Inte länkpersonen.</td></tr>
<tr><td>Kontaktuppgifter, mål, enkäter och respons</td><td>Programmets egna blanketter enligt anvisningen</td><td>Du och koordinatorn, enligt vad som avtalats</td></tr>
<tr><td>Dina egna anteckningar</td><td>Bara om det behövs, så kort som möjligt och i tryggt förvar</td><td>Bara du. De återlämnas eller förstörs när stödet tar slut, enligt anvisningen.</td></tr>
<tr><td>Mentorskapet</td><td>Samtal om ditt eget arbete</td><td>Inga uppgifter som avslöjar vem du stöder</td></tr>
<tr><td>Den här lärmiljön</td><td>Dina egna studier</td><td>Aldrig uppgifter om människor du stöder</td></tr>
</tbody>
</table>
<p>Du antecknar ingenting i patientjournalerna. Du har ingen tillgång till dem, och du behöver inte veta något om människans hälsa utöver det hon själv vill berätta.</p>
<h2>Håll uppgifterna i tryggt förvar</h2>
<ul>
<li>Förvara papper på ett låst ställe och elektroniska uppgifter bakom ett lösenord. Förvara dem inte på en apparat som flera använder.</li>
<li>Fotografera inte blanketter och skicka inte uppgifter i chattgrupper eller sociala medier.</li>
<li>Berätta inte om den du stöder för din familj. På en liten ort räcker det med ”den där mannen vars fru hade byabutiken förr” för att han ska kännas igen.</li>
<li>När stödet tar slut, lämna tillbaka eller förstör uppgifterna enligt programmets anvisning.</li>
</ul>
<h2>I mentorskapet talar ni om ditt arbete</h2>
<p>På mentorsträffarna går du igenom ditt eget sätt att arbeta: vad som var svårt, vad du lärde dig, hur du kunde göra annorlunda. Du berättar inte namnet på den du stöder och inga detaljer som gör att hon kan kännas igen. Du kan till exempel säga: ”Jag stöder en människa som har ställt in tre träffar, och jag funderar på hur jag ska ta upp det.”</p>
<h2>Tystnadslöftets gräns</h2>
<p>Om någons liv eller säkerhet är i fara gör du som du lärde dig i den andra delen. Då får och ska uppgifter delas med yrkespersoner eller nödcentralen. Berätta om den här gränsen för människan redan i början.</p>
<h3>Fundera</h3>
<ul>
<li>Var förvarar du uppgifterna om den du stöder hemma och i din telefon? Är stället tryggt?</li>
<li>Vad skulle du svara en granne som frågar: ”Du går ju till den där änklingen nuförtiden?”</li>
</ul>
""",
                "en": """
<h2>Trust is built on care</h2>
<p>People tell you things they may not have told anyone else. That is why handling their information carefully is as important as listening. Personal information is anything that can identify a person: their name, address, phone number, but also a description of their situation if it reveals who is meant.</p>
<h2>Consent</h2>
<p>You handle the person's information only as agreed and with their consent. Consent is asked for at the start, as the programme instructs. Good consent is:</p>
<ul>
<li><strong>informed</strong> – the person knows what information is collected, why, and who sees it</li>
<li><strong>voluntary</strong> – getting support does not depend on whether they agree to, say, the questionnaire</li>
<li><strong>withdrawable</strong> – they can change their mind at any time</li>
</ul>
<p>Also when you want to tell an activity leader something about the person, ask permission first and share only what they agreed to.</p>
<h2>What is recorded where</h2>
<table>
<thead><tr><th>Information</th><th>Where</th><th>Who sees it</th></tr></thead>
<tbody>
<tr><td>The referral and health information</td><td>The wellbeing services county's patient records</td><td>Health and social-care professionals. Not the link worker.</td></tr>
<tr><td>Contact details, goals, questionnaires and feedback</td><td>The programme's own forms, as instructed</td><td>You and the coordinator, as agreed</td></tr>
<tr><td>Your own notes</td><td>Only if needed, as brief as possible, kept safe</td><td>Only you. Returned or destroyed at the end of the support as instructed.</td></tr>
<tr><td>Mentoring</td><td>Discussion of your own work</td><td>No identifiable details about the person you support</td></tr>
<tr><td>This learning platform</td><td>Your own studies</td><td>Never information about the people you support</td></tr>
</tbody>
</table>
<p>You record nothing in patient records. You have no access to them, and you do not need to know anything about the person's health beyond what they choose to tell you.</p>
<h2>Keep information safe</h2>
<ul>
<li>Keep papers in a locked place and electronic information behind a password. Don't keep them on a shared device.</li>
<li>Don't take photos of forms, and don't send information in messaging groups or on social media.</li>
<li>Don't talk about the person you support with your family. In a small place, just "the man whose wife used to run the village shop" is enough to identify someone.</li>
<li>When the support ends, return or destroy the information as the programme instructs.</li>
</ul>
<h2>Mentoring is about your work</h2>
<p>In mentoring sessions you discuss your own work: what was hard, what you learned, how you could act differently. You don't give the person's name or details that could identify them. You could say, for example: "I'm supporting someone who cancelled three meetings, and I'm wondering how to bring it up."</p>
<h2>The limit of confidentiality</h2>
<p>If someone's life or safety is at risk, you act as you learned in the second module. Then information may and must be shared with professionals or the emergency centre. Tell the person about this limit at the start.</p>
<h3>Reflect</h3>
<ul>
<li>Where do you keep the information of the person you support, at home and on your phone? Is it safe?</li>
<li>How would you answer a neighbour who asks: "You're visiting that widowed man these days, aren't you?"</li>
</ul>
""",
            },
        },
        {
            "kind": "text",
            "title": {
                "fi": "Sopimus, palkkio ja etätuki",
                "sv": "Avtal, arvode och stöd på distans",
                "en": "Your contract and fee, and supporting remotely",
            },
            "minutes": 25,
            "body": {
                "fi": """
<h2>Sopimus kunnan kanssa</h2>
<p>Linkkihenkilöt ovat usein vapaaehtoisia, jotka tekevät tehtävästä sopimuksen kunnan kanssa ja saavat siitä palkkion. Sopimus kertoo, mitä sinulta odotetaan ja mitä sinä voit odottaa. Lue se huolellisesti ennen allekirjoittamista ja kysy koordinaattorilta kaikki, mikä jää epäselväksi.</p>
<h2>Tarkista sopimuksesta ainakin nämä</h2>
<ul>
<li>Mitkä ovat tehtäväsi ja mitkä eivät kuulu sinulle?</li>
<li>Kuinka suuri palkkio on, mistä tehtävistä se maksetaan ja miten ja milloin se maksetaan?</li>
<li>Mitä sinun pitää raportoida, esimerkiksi tapaamisten määrä tai ohjelman lomakkeet?</li>
<li>Korvataanko matkakuluja tai muita kuluja, ja miten niistä sovitaan?</li>
<li>Mitä sopimus sanoo salassapidosta ja tietojen käsittelystä?</li>
<li>Mitä koulutukseen ja mentorointiin osallistumisesta on sovittu?</li>
<li>Miten sopimus päättyy ja mitä teet, jos et voi jatkaa?</li>
</ul>
<p>Palkkio on tuloa. Kysy koordinaattorilta, miten se maksetaan ja miten verotus on järjestetty, jos et ole varma. Palkkiosi tulee kunnalta, ei tuettavalta. Älä ota tuettavalta rahaa tai arvokkaita lahjoja. Jos et tiedä, miten toimia pienen kiitoksen kanssa, kysy koordinaattorilta.</p>
<h2>Miksi etätuki on tärkeää</h2>
<p>Lapissa välimatkat ovat pitkiä. Kylien välillä voi olla kymmeniä kilometrejä, talvella keli voi estää liikkumisen, eikä bussi kulje joka päivä. Siksi tukea annetaan myös puhelimessa ja videoyhteydellä. Etätuki ei ole huonompaa tukea. Joillekin se on jopa helpompaa, koska ei tarvitse pukeutua, lähteä liikkeelle tai kohdata vierasta kasvokkain heti alussa. Etänä voidaan myös tarjota saamea puhuva linkkihenkilö silloin, kun sellaista ei ole lähellä.</p>
<h2>Näin tuet etänä</h2>
<ul>
<li><strong>Käytä sovittuja välineitä.</strong> Käytä niitä puhelin- ja videovälineitä, joita ohjelma ohjeistaa käyttämään.</li>
<li><strong>Sopikaa ajat.</strong> Etätapaaminen on tapaaminen: sovittu alku ja loppu auttaa molempia.</li>
<li><strong>Huolehdi yksityisyydestä.</strong> Istu paikassa, jossa kukaan ei kuule keskustelua. Kysy alussa, voiko ihminen puhua rauhassa.</li>
<li><strong>Kysy enemmän.</strong> Ilmeitä ja eleitä on vaikeampi lukea, joten kysy useammin, miltä jokin tuntuu.</li>
<li><strong>Tiedä, missä ihminen on.</strong> Jos puhelun aikana tulee hätä, sinun on pystyttävä kertomaan hätäkeskukselle 112 osoite. Jos osoite ei ole tiedossasi ohjelman lomakkeelta, kysy puhelun alussa, missä ihminen on.</li>
<li><strong>Yhdistä tapoja.</strong> Tuki toimii usein parhaiten, kun osa tapaamisista on kasvokkain ja osa etänä.</li>
</ul>
<blockquote><p><strong>Esimerkki:</strong> Poronhoitajan puoliso ei ole koskaan käyttänyt videopuheluita. Ensimmäiset tapaamiset hoidetaan puhelimessa. Yhdeksi tavoitteeksi tulee opetella videopuhelu, jotta hän voi osallistua etäkurssille. Kun se onnistuu, hän soittaa ensimmäiseksi videopuhelun sisarelleen.</p></blockquote>
<h3>Pohdi</h3>
<ul>
<li>Mitä kohtia sinun sopimuksessasi on, joista haluat kysyä lisää?</li>
<li>Mikä etätapaamisessa on sinulle helppoa ja mikä vaikeaa?</li>
</ul>
""",
                "sv": """
<h2>Avtalet med kommunen</h2>
<p>Länkpersoner är ofta frivilliga som gör ett avtal om uppdraget med kommunen och får ett arvode för det. Avtalet säger vad som förväntas av dig och vad du kan förvänta dig. Läs det noga innan du skriver under och fråga koordinatorn om allt som är oklart.</p>
<h2>Kontrollera åtminstone det här i avtalet</h2>
<ul>
<li>Vilka är dina uppgifter och vad hör inte till dig?</li>
<li>Hur stort är arvodet, för vilka uppgifter betalas det och hur och när betalas det?</li>
<li>Vad ska du rapportera, till exempel antalet träffar eller programmets blanketter?</li>
<li>Ersätts resekostnader eller andra kostnader, och hur kommer man överens om dem?</li>
<li>Vad säger avtalet om tystnadsplikt och om behandlingen av uppgifter?</li>
<li>Vad har avtalats om att delta i utbildningen och mentorskapet?</li>
<li>Hur upphör avtalet och vad gör du om du inte kan fortsätta?</li>
</ul>
<p>Arvodet är inkomst. Fråga koordinatorn hur det betalas och hur beskattningen är ordnad, om du är osäker. Ditt arvode kommer från kommunen, inte från den du stöder. Ta inte emot pengar eller värdefulla gåvor av den du stöder. Om du inte vet hur du ska göra med ett litet tack, fråga koordinatorn.</p>
<h2>Varför stöd på distans är viktigt</h2>
<p>I Lappland är avstånden långa. Mellan byarna kan det vara flera mil, på vintern kan väglaget hindra resor, och bussen går inte varje dag. Därför ges stöd också per telefon och video. Stöd på distans är inte sämre stöd. För en del är det till och med lättare, eftersom man inte behöver klä på sig, ge sig i väg eller möta en främling ansikte mot ansikte genast i början. På distans kan man också erbjuda en länkperson som talar samiska när det inte finns någon i närheten.</p>
<h2>Så stöder du på distans</h2>
<ul>
<li><strong>Använd de kanaler som avtalats.</strong> Använd de telefon- och videoverktyg som programmet anvisar.</li>
<li><strong>Kom överens om tider.</strong> En träff på distans är en träff: en avtalad början och ett avtalat slut hjälper er båda.</li>
<li><strong>Värna om integriteten.</strong> Sitt på ett ställe där ingen hör samtalet. Fråga i början om människan kan tala ostört.</li>
<li><strong>Fråga mer.</strong> Det är svårare att läsa miner och gester, så fråga oftare hur något känns.</li>
<li><strong>Vet var människan är.</strong> Om en nödsituation uppstår under samtalet måste du kunna ge nödcentralen på 112 en adress. Om du inte har adressen från programmets blankett, fråga i början av samtalet var människan befinner sig.</li>
<li><strong>Kombinera sätten.</strong> Stödet fungerar ofta bäst när en del av träffarna sker ansikte mot ansikte och en del på distans.</li>
</ul>
<blockquote><p><strong>Exempel:</strong> Renskötarens make har aldrig ringt videosamtal. De första träffarna sköts per telefon. Ett av målen blir att lära sig videosamtal, så att han kan delta i distanskursen. När det lyckas ringer han sitt första videosamtal till sin syster.</p></blockquote>
<h3>Fundera</h3>
<ul>
<li>Vilka punkter i ditt avtal vill du fråga mer om?</li>
<li>Vad är lätt och vad är svårt för dig när ni träffas på distans?</li>
</ul>
""",
                "en": """
<h2>A contract with the municipality</h2>
<p>Link workers are often volunteers who sign a contract with a municipality for the task and are paid a fee for it. The contract says what is expected of you and what you can expect. Read it carefully before you sign, and ask the coordinator about anything that is unclear.</p>
<h2>Check at least these things in your contract</h2>
<ul>
<li>What are your tasks, and what is not part of them?</li>
<li>How much is the fee, what is it paid for, and how and when is it paid?</li>
<li>What do you need to report, for example the number of meetings or the programme's forms?</li>
<li>Are travel or other costs reimbursed, and how are they agreed?</li>
<li>What does the contract say about confidentiality and handling information?</li>
<li>What has been agreed about taking part in training and mentoring?</li>
<li>How does the contract end, and what do you do if you cannot continue?</li>
</ul>
<p>The fee is income. Ask the coordinator how it is paid and how tax is handled if you are not sure. Your fee comes from the municipality, not from the person you support. Don't accept money or valuable gifts from them. If you don't know what to do about a small thank-you, ask the coordinator.</p>
<h2>Why remote support matters</h2>
<p>Distances in Lapland are long. Villages can be tens of kilometres apart, in winter the weather can make travel impossible, and the bus does not run every day. That is why support is also given by phone and video call. Remote support is not second-rate support. For some people it is even easier, because they don't have to get dressed, go out or face a stranger in person right at the start. Remote support also makes it possible to offer a Sámi-speaking link worker when there is none nearby.</p>
<h2>How to support remotely</h2>
<ul>
<li><strong>Use the agreed tools.</strong> Use the phone and video tools the programme tells you to use.</li>
<li><strong>Agree on times.</strong> A remote meeting is a meeting: an agreed start and end helps you both.</li>
<li><strong>Look after privacy.</strong> Sit somewhere nobody can overhear. Ask at the start whether the person can talk freely.</li>
<li><strong>Ask more.</strong> Expressions and gestures are harder to read, so ask more often how something feels.</li>
<li><strong>Know where the person is.</strong> If an emergency arises during a call, you must be able to give the emergency centre at 112 an address. If you don't have it from the programme's form, ask at the start of the call where the person is.</li>
<li><strong>Combine approaches.</strong> Support often works best when some meetings are face to face and some remote.</li>
</ul>
<blockquote><p><strong>Example:</strong> The reindeer herder's spouse has never used video calls. The first meetings are held by phone. One goal becomes learning to make a video call so that they can join an online course. When it works, the first video call they make is to their sister.</p></blockquote>
<h3>Reflect</h3>
<ul>
<li>Which points in your contract would you like to ask more about?</li>
<li>What is easy for you in a remote meeting, and what is hard?</li>
</ul>
""",
            },
        },
    ],
}


# 9. Optional: looking after yourself -------------------------------------------------------------

LOOKING_AFTER_YOURSELF = {
    "key": "looking-after-yourself",
    "title": {
        "fi": "Oma jaksaminen linkkihenkilönä",
        "sv": "Att orka som länkperson",
        "en": "Looking after yourself as a link worker",
    },
    "summary": {
        "fi": "Vapaaehtoinen osa, jossa opit tunnistamaan oman kuormittumisesi, pitämään rajoista kiinni ja käyttämään mentorointia tukenasi.",
        "sv": (
            "En frivillig del där du lär dig att känna igen när du blir överbelastad, att hålla fast vid "
            "gränserna och att ta stöd av mentorskapet."
        ),
        "en": "An optional module where you learn to recognise your own strain, hold on to your limits and use mentoring as your support.",
    },
    "minutes": 35,
    "required": False,
    "prerequisites": [],
    "activities": [
        {
            "kind": "text",
            "title": {
                "fi": "Jaksaminen ja rajat",
                "sv": "Att orka och att hålla gränser",
                "en": "Your own wellbeing and limits",
            },
            "minutes": 20,
            "body": {
                "fi": """
<h2>Et voi antaa tyhjästä</h2>
<p>Linkkihenkilön työ on antoisaa. On palkitsevaa nähdä, kun ihminen, joka ei alussa halunnut lähteä kotoa, kertoo käyneensä kuorossa koko syksyn. Samalla työ voi kuormittaa. Kuulet raskaita elämäntarinoita, kannat huolta ja joskus joudut toimimaan vaikeissa tilanteissa. Omasta jaksamisesta huolehtiminen ei ole itsekkyyttä. Se on edellytys sille, että voit olla toiselle läsnä.</p>
<h2>Kuormittumisen merkkejä</h2>
<ul>
<li>Tuettavan asiat pyörivät mielessä iltaisin ja vievät unen.</li>
<li>Tunnet syyllisyyttä, kun et ehdi tai jaksa tehdä enemmän.</li>
<li>Alat välttellä puheluita tai tapaamisia.</li>
<li>Ärsyynnyt helpommin tai tunnet olosi tyhjäksi.</li>
<li>Huomaat tekeväsi asioita, jotka eivät kuulu tehtävääsi, koska ”kukaan muu ei tee”.</li>
</ul>
<p>Jos tunnistat näitä merkkejä, se ei tarkoita, että olisit huono linkkihenkilö. Se tarkoittaa, että on aika pysähtyä ja puhua jonkun kanssa.</p>
<h2>Rajat suojaavat sinua</h2>
<p>Toisessa osassa opit, että rajat suojaavat ihmistä, jota tuet. Ne suojaavat myös sinua. Kun pidät kiinni sovituista ajoista ja välineistä, et ole tavoitettavissa yötä päivää. Kun tiedät, että vastuu hoidosta on ammattilaisilla, sinun ei tarvitse ratkaista kaikkea. Kun tuki päättyy sovitusti, voit päästää irti.</p>
<ul>
<li>Sovi, milloin vastaat puhelimeen ja viesteihin, ja kerro se tuettavalle alussa.</li>
<li>Älä ota enempää tuettavia kuin jaksat. Kerro koordinaattorille rehellisesti, paljonko aikaa sinulla on.</li>
<li>Pidä kiinni omista harrastuksistasi ja ihmissuhteistasi. Ne ovat sinun voimavarasi.</li>
</ul>
<h2>Kun oma elämä koskettaa</h2>
<p>Joskus tuettavan tarina muistuttaa omaa elämääsi: oma menetys, oma muutto tai oma yksinäisyys. Se voi auttaa ymmärtämään, mutta se voi myös nostaa pintaan vanhoja tunteita. Huomaa, milloin puhut enemmän omasta kokemuksestasi kuin kuuntelet hänen kokemustaan.</p>
<p>Jos omassa elämässäsi tapahtuu jotain raskasta, kuten sairastuminen tai läheisen menetys, voit pitää taukoa. Kerro koordinaattorille. Tuettavan tuki voidaan järjestää toisin, eikä kenenkään tarvitse jäädä tyhjän päälle.</p>
<h2>Pohjoisen vuodenajat</h2>
<p>Kaamos, pitkät välimatkat ja talven liikkumisen vaikeus vaikuttavat myös sinuun, eivät vain tuettavaan. Kaamosaikana väsymys on tavallista. Suunnittele tapaamisia niin, että matkat eivät käy liian raskaiksi, ja käytä etätapaamisia silloin, kun keli tai oma jaksaminen sitä vaatii.</p>
<blockquote><p><strong>Esimerkki:</strong> Huomaat, että mietit Rovaniemelle muuttaneen opiskelijan tilannetta joka ilta, vaikka asiat ovat menneet hyvin. Otat asian esiin seuraavassa mentorointitapaamisessa. Keskustelussa huomaat, että opiskelija muistuttaa sinua omasta lapsestasi. Kun olet sanonut sen ääneen, huoli hellittää.</p></blockquote>
<h3>Pohdi</h3>
<ul>
<li>Mistä sinä tunnistat, että olet väsynyt? Mikä sinua auttaa?</li>
<li>Kuinka monta tuettavaa sinulla voisi olla yhtä aikaa niin, että jaksat hyvin?</li>
</ul>
""",
                "sv": """
<h2>Du kan inte ge ur tomma intet</h2>
<p>Arbetet som länkperson ger mycket. Det känns fint att se när en människa som i början inte ville gå hemifrån berättar att hon har varit med i kören hela hösten. Samtidigt kan arbetet vara tungt. Du hör svåra livsöden, du bär på oro och ibland måste du agera i svåra situationer. Att ta hand om dina egna krafter är inte själviskt. Det är en förutsättning för att du ska kunna vara närvarande för någon annan.</p>
<h2>Tecken på att du blir överbelastad</h2>
<ul>
<li>Tankarna på den du stöder snurrar i huvudet på kvällarna och tar sömnen.</li>
<li>Du känner skuld när du inte hinner eller orkar göra mer.</li>
<li>Du börjar undvika samtal eller träffar.</li>
<li>Du blir lättare irriterad eller känner dig tom.</li>
<li>Du märker att du gör saker som inte hör till din uppgift, eftersom ”ingen annan gör det”.</li>
</ul>
<p>Om du känner igen de här tecknen betyder det inte att du är en dålig länkperson. Det betyder att det är dags att stanna upp och tala med någon.</p>
<h2>Gränserna skyddar dig</h2>
<p>I den andra delen lärde du dig att gränserna skyddar den människa du stöder. De skyddar också dig. När du håller fast vid avtalade tider och kanaler är du inte anträffbar dygnet runt. När du vet att ansvaret för vården ligger hos yrkespersonerna behöver du inte lösa allt. När stödet avslutas som avtalat kan du släppa taget.</p>
<ul>
<li>Bestäm när du svarar i telefon och på meddelanden, och berätta det för den du stöder i början.</li>
<li>Ta inte emot fler att stödja än du orkar. Berätta ärligt för koordinatorn hur mycket tid du har.</li>
<li>Håll fast vid dina egna hobbyer och relationer. De är din styrka.</li>
</ul>
<h2>När ditt eget liv berörs</h2>
<p>Ibland påminner berättelsen från den du stöder om ditt eget liv: en egen förlust, en egen flytt eller din egen ensamhet. Det kan hjälpa dig att förstå, men det kan också väcka gamla känslor. Var uppmärksam på när du talar mer om din egen erfarenhet än du lyssnar på hennes.</p>
<p>Om något tungt händer i ditt eget liv, som en sjukdom eller att en närstående dör, kan du ta en paus. Berätta det för koordinatorn. Stödet till den du stöder kan ordnas på annat sätt, och ingen behöver bli lämnad utan.</p>
<h2>Årstiderna i norr</h2>
<p>Mörkertiden, de långa avstånden och det svåra väglaget på vintern påverkar också dig, inte bara den du stöder. Under mörkertiden är det vanligt att känna sig trött. Planera träffarna så att resorna inte blir för tunga, och träffas på distans när väglaget eller dina egna krafter kräver det.</p>
<blockquote><p><strong>Exempel:</strong> Du märker att du tänker på den studerande som har flyttat till Rovaniemi varje kväll, fast det har gått bra. Du tar upp saken på nästa mentorsträff. Under samtalet inser du att hon påminner dig om ditt eget barn. När du har sagt det högt släpper oron.</p></blockquote>
<h3>Fundera</h3>
<ul>
<li>Hur känner du igen att du är trött? Vad hjälper dig?</li>
<li>Hur många människor kunde du stödja samtidigt och ändå orka bra?</li>
</ul>
""",
                "en": """
<h2>You can't give from an empty cup</h2>
<p>A link worker's task is rewarding. It is wonderful to see someone who at first did not want to leave home tell you they went to choir all autumn. At the same time the work can be a strain. You hear hard life stories, you carry worry, and sometimes you have to act in difficult situations. Looking after your own wellbeing is not selfish. It is what makes it possible for you to be present for someone else.</p>
<h2>Signs of strain</h2>
<ul>
<li>The person's situation goes round in your head in the evenings and keeps you awake.</li>
<li>You feel guilty when you don't have the time or energy to do more.</li>
<li>You start avoiding calls or meetings.</li>
<li>You get irritated more easily or feel empty.</li>
<li>You notice yourself doing things that are not part of your task because "nobody else will".</li>
</ul>
<p>If you recognise these signs, it does not mean you are a bad link worker. It means it is time to stop and talk to someone.</p>
<h2>Limits protect you</h2>
<p>In the second module you learned that limits protect the person you support. They protect you too. When you keep to the agreed times and channels, you are not on call day and night. When you know that responsibility for care lies with professionals, you don't have to solve everything. When the support ends as agreed, you can let go.</p>
<ul>
<li>Decide when you answer calls and messages, and tell the person at the start.</li>
<li>Don't take on more people than you can manage. Tell the coordinator honestly how much time you have.</li>
<li>Hold on to your own hobbies and relationships. They are your resources.</li>
</ul>
<h2>When your own life is touched</h2>
<p>Sometimes the person's story reminds you of your own life: your own loss, your own move or your own loneliness. That can help you understand, but it can also stir up old feelings. Notice when you are talking more about your own experience than listening to theirs.</p>
<p>If something hard happens in your own life, such as illness or losing someone close, you can take a break. Tell the coordinator. Support for the person can be arranged another way, and nobody needs to be left without help.</p>
<h2>The northern seasons</h2>
<p>The dark season (kaamos), long distances and difficult winter travel affect you as well, not only the person you support. Tiredness is common during the dark season. Plan meetings so that journeys don't become too heavy, and use remote meetings when the weather or your own energy calls for it.</p>
<blockquote><p><strong>Example:</strong> You notice that you think about the student who moved to Rovaniemi every evening, even though things have gone well. You bring it up at your next mentoring session. In the conversation you realise that the student reminds you of your own child. Once you have said it out loud, the worry eases.</p></blockquote>
<h3>Reflect</h3>
<ul>
<li>How do you recognise that you are tired? What helps you?</li>
<li>How many people could you support at the same time and still feel well?</li>
</ul>
""",
            },
        },
        {
            "kind": "text",
            "title": {
                "fi": "Mentorointi ja muu tuki",
                "sv": "Mentorskap och annat stöd",
                "en": "Mentoring and other support",
            },
            "minutes": 15,
            "body": {
                "fi": """
<h2>Mitä mentorointi on</h2>
<p>Linkkihenkilöitä tuetaan mentoroinnilla eli säännöllisillä työnohjauksellisilla tapaamisilla. Niissä pohdit omaa toimintaasi yhdessä mentorin ja usein myös muiden linkkihenkilöiden kanssa. Mentorointi ei ole arviointia eikä valvontaa. Se on paikka, jossa voit ääneen miettiä, mikä oli vaikeaa, mikä onnistui ja mitä voisit tehdä toisin.</p>
<p>Mentorointiin osallistuminen kuuluu linkkihenkilön tehtävään. Se ei ole merkki siitä, että jokin olisi mennyt pieleen, vaan tapa, jolla tätä työtä tehdään hyvin ja turvallisesti.</p>
<h2>Miten saat mentoroinnista eniten irti</h2>
<ul>
<li><strong>Valmistaudu.</strong> Mieti ennen tapaamista yksi tai kaksi asiaa, joista haluat puhua.</li>
<li><strong>Puhu omasta työstäsi.</strong> Kerro, mitä teit, mitä ajattelit ja miltä se tuntui. Älä kerro tuettavan nimeä tai tunnistettavia yksityiskohtia.</li>
<li><strong>Ota esiin myös onnistumiset.</strong> Niistä oppivat kaikki.</li>
<li><strong>Kuuntele muita.</strong> Toisen linkkihenkilön kokemus voi antaa ratkaisun omaan tilanteeseesi.</li>
<li><strong>Pidä luottamus.</strong> Mitä ryhmässä kerrotaan, jää ryhmään.</li>
</ul>
<h2>Kysymyksiä, jotka voit viedä mentorointiin</h2>
<ul>
<li>Mikä tässä tilanteessa oli minulle vaikeinta, ja miksi?</li>
<li>Mitä tein, mikä näytti auttavan?</li>
<li>Missä kohdassa olin epävarma siitä, mikä kuuluu tehtävääni?</li>
<li>Mitä haluaisin oppia tai harjoitella seuraavaksi?</li>
</ul>
<p>Mentorointi auttaa myös huomaamaan, milloin kannat liikaa. Joskus mentori tai toinen linkkihenkilö näkee sen sinua aiemmin. Ota tällainen havainto vastaan ystävällisenä tukena, ei moitteena.</p>
<h2>Kun tarvitset apua heti</h2>
<p>Mentorointi on säännöllistä, mutta kaikki ei voi odottaa seuraavaan tapaamiseen. Jos olet ollut mukana vaikeassa tilanteessa, esimerkiksi joutunut soittamaan hätänumeroon 112 tai kuullut kaltoinkohtelusta, ota yhteyttä koordinaattoriin heti. Sovi koordinaattorin kanssa jo etukäteen, miten hänet tavoittaa nopeasti.</p>
<h2>Tue muita linkkihenkilöitä</h2>
<p>Muut linkkihenkilöt ovat sinulle tärkeä tuki, ja sinä heille. Jakakaa vinkkejä hyvistä paikoista ja toiminnasta, rohkaiskaa toisianne ja muistakaa, että kukaan ei ole tässä työssä täydellinen. Yhdessä oppiminen on tämän koulutuksen ydin.</p>
<h2>Tarkistuslista</h2>
<ul>
<li>Tiedän, milloin seuraava mentorointitapaaminen on.</li>
<li>Tiedän, miten tavoitan koordinaattorin kiireellisessä tilanteessa.</li>
<li>Minulla on joku, jolle voin puhua omasta jaksamisestani ilman tuettavan tietoja.</li>
<li>Olen sopinut itselleni ajat, jolloin en ole tavoitettavissa.</li>
</ul>
<blockquote><p><strong>Esimerkki:</strong> Leskimiehen tuki on päättynyt, ja huomaat kaipaavasi tapaamisia. Kerrot mentoroinnissa, että tuntuu oudolta, kun viikosta puuttuu jotakin. Toinen linkkihenkilö kertoo tunteneensa samoin ja aloittaneensa silloin uuden harrastuksen itse. Huomaat, että sama neuvo, jonka annoit tuettavalle, sopii myös sinulle.</p></blockquote>
<h3>Pohdi</h3>
<ul>
<li>Mistä asiasta haluaisit puhua seuraavassa mentorointitapaamisessa?</li>
<li>Keneltä muulta kuin mentorilta voisit saada tukea omaan jaksamiseesi?</li>
</ul>
""",
                "sv": """
<h2>Vad mentorskap är</h2>
<p>Länkpersonerna får stöd genom mentorskap, det vill säga regelbundna träffar med inslag av arbetshandledning. På dem funderar du över ditt eget arbete tillsammans med mentorn och ofta också med andra länkpersoner. Mentorskapet är ingen bedömning och ingen övervakning. Det är ett ställe där du kan tänka högt om vad som var svårt, vad som lyckades och vad du kunde göra annorlunda.</p>
<p>Att delta i mentorskapet hör till länkpersonens uppdrag. Det är inget tecken på att något har gått snett, utan ett sätt att göra det här arbetet bra och tryggt.</p>
<h2>Så får du ut mest av mentorskapet</h2>
<ul>
<li><strong>Förbered dig.</strong> Tänk före träffen på en eller två saker som du vill tala om.</li>
<li><strong>Tala om ditt eget arbete.</strong> Berätta vad du gjorde, vad du tänkte och hur det kändes. Berätta inte namnet på den du stöder och inga detaljer som gör att hon kan kännas igen.</li>
<li><strong>Ta också upp det som lyckades.</strong> Av det lär sig alla.</li>
<li><strong>Lyssna på de andra.</strong> En annan länkpersons erfarenhet kan ge lösningen på din egen situation.</li>
<li><strong>Håll tystnadslöftet.</strong> Det som sägs i gruppen stannar i gruppen.</li>
</ul>
<h2>Frågor som du kan ta med till mentorskapet</h2>
<ul>
<li>Vad var svårast för mig i den här situationen, och varför?</li>
<li>Vad gjorde jag som verkade hjälpa?</li>
<li>Var i situationen var jag osäker på vad som hör till min uppgift?</li>
<li>Vad skulle jag vilja lära mig eller öva på härnäst?</li>
</ul>
<p>Mentorskapet hjälper dig också att märka när du bär för mycket. Ibland ser mentorn eller en annan länkperson det före dig. Ta emot en sådan iakttagelse som vänligt stöd, inte som en förebråelse.</p>
<h2>När du behöver hjälp genast</h2>
<p>Mentorskapet är regelbundet, men allt kan inte vänta till nästa träff. Om du har varit med om en svår situation, till exempel har behövt ringa nödnumret 112 eller har hört att någon far illa, kontakta koordinatorn genast. Kom redan i förväg överens med koordinatorn om hur du snabbt når henne eller honom.</p>
<h2>Stöd de andra länkpersonerna</h2>
<p>De andra länkpersonerna är ett viktigt stöd för dig, och du för dem. Dela med er av tips om bra ställen och verksamhet, uppmuntra varandra och kom ihåg att ingen är fullkomlig i det här arbetet. Att lära sig tillsammans är kärnan i den här utbildningen.</p>
<h2>Checklista</h2>
<ul>
<li>Jag vet när nästa mentorsträff är.</li>
<li>Jag vet hur jag når koordinatorn i en brådskande situation.</li>
<li>Jag har någon som jag kan tala med om hur jag orkar, utan uppgifter om den jag stöder.</li>
<li>Jag har bestämt tider då jag inte är anträffbar.</li>
</ul>
<blockquote><p><strong>Exempel:</strong> Stödet till änklingen har tagit slut, och du märker att du saknar träffarna. Du berättar i mentorskapet att det känns konstigt när något fattas i veckan. En annan länkperson berättar att hon kände likadant och då själv började med en ny hobby. Du inser att samma råd som du gav den du stödde passar också dig.</p></blockquote>
<h3>Fundera</h3>
<ul>
<li>Vad skulle du vilja tala om på nästa mentorsträff?</li>
<li>Vem utöver mentorn kunde ge dig stöd för att orka?</li>
</ul>
""",
                "en": """
<h2>What mentoring is</h2>
<p>Link workers are supported through mentoring: regular supervision sessions. In them you reflect on your own work together with a mentor and often with other link workers as well. Mentoring is not an assessment or a check-up. It is a place where you can think aloud about what was hard, what went well and what you could do differently.</p>
<p>Taking part in mentoring is part of a link worker's task. It is not a sign that something has gone wrong, but the way this work is done well and safely.</p>
<h2>How to get the most out of mentoring</h2>
<ul>
<li><strong>Prepare.</strong> Before the session, think of one or two things you want to talk about.</li>
<li><strong>Talk about your own work.</strong> Say what you did, what you thought and how it felt. Don't give the person's name or details that could identify them.</li>
<li><strong>Bring up successes too.</strong> Everyone learns from them.</li>
<li><strong>Listen to others.</strong> Another link worker's experience may hold the answer to your own situation.</li>
<li><strong>Keep confidence.</strong> What is said in the group stays in the group.</li>
</ul>
<h2>Questions you can take to mentoring</h2>
<ul>
<li>What was hardest for me in this situation, and why?</li>
<li>What did I do that seemed to help?</li>
<li>At what point was I unsure about what belongs to my task?</li>
<li>What would I like to learn or practise next?</li>
</ul>
<p>Mentoring also helps you notice when you are carrying too much. Sometimes a mentor or another link worker sees it before you do. Take such an observation as friendly support, not as criticism.</p>
<h2>When you need help straight away</h2>
<p>Mentoring is regular, but not everything can wait until the next session. If you have been involved in a difficult situation, for example had to call the emergency number 112 or heard about abuse, contact the coordinator straight away. Agree with the coordinator in advance how to reach them quickly.</p>
<h2>Support other link workers</h2>
<p>Other link workers are an important support for you, and you for them. Share tips about good places and activities, encourage one another and remember that nobody is perfect at this work. Learning together is at the heart of this training.</p>
<h2>Checklist</h2>
<ul>
<li>I know when the next mentoring session is.</li>
<li>I know how to reach the coordinator in an urgent situation.</li>
<li>I have someone I can talk to about my own wellbeing without sharing details of the people I support.</li>
<li>I have set times for myself when I am not available.</li>
</ul>
<blockquote><p><strong>Example:</strong> The widowed man's support has ended, and you notice that you miss the meetings. You say in mentoring that it feels strange when something is missing from your week. Another link worker says they felt the same and started a new hobby of their own. You realise that the same advice you gave the person you supported fits you too.</p></blockquote>
<h3>Reflect</h3>
<ul>
<li>What would you like to talk about at your next mentoring session?</li>
<li>Who besides your mentor could support you in looking after your own wellbeing?</li>
</ul>
""",
            },
        },
    ],
}


MODULES = [
    REFERRAL_MODEL,
    ROLE_AND_LIMITS,
    MEETING_THE_PERSON,
    WALKING_ALONGSIDE,
    LOCAL_SERVICES,
    EVALUATING_TOGETHER,
    SAMI_CULTURE,
    PRIVACY_CONTRACT_REMOTE,
    LOOKING_AFTER_YOURSELF,
]
