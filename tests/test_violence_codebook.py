"""Who does violence to whom decides its root: CAMEO keeps root 19 for fighting between armed
forces, root 18 for attacks by irregular forces on civilians and for bombings, assassinations and
attempts on a life, root 20 for mass killing, expulsion and poison gas; and a crowd of students or
workers who storm a building riots (145). Invented wire-style sentences, coded with the shipped
dictionaries; each row says what the codebook gives.
"""

import pytest

from conftest import events_of

ALWAYS = [
    # irregular forces attacking civilians: unconventional violence, not battle
    ("Gunmen killed twelve worshippers at a church in Burkina Faso.", ("BFAUAF", "180", "BFACVL")),
    ("Militants shot dead four teachers in northern Nigeria.", ("NGAUAF", "180", "NGAEDU")),
    ("Jewish settlers attacked Palestinian farmers near Hebron.", ("ISRSET", "180", "PSEAGR")),
    # ... while armed forces against armed forces stay in root 19
    ("Gunmen killed twelve soldiers at a checkpoint in Burkina Faso.", ("BFAUAF", "190", "BFAMIL")),
    ("Syrian troops attacked rebels near Aleppo.", ("SYRMIL", "190", "SYRREB")),
    # attackers named by the group they belong to act as that group
    ("Gunmen believed to belong to Boko Haram abducted three Chinese workers.", ("NGAINS", "181", "CHNLAB")),
    ("Gunmen thought to be linked to Boko Haram kidnapped two Italian priests.", ("NGAINS", "181", "ITAREL")),
    ("Two suicide bombers sent by al-Shabaab killed five Ugandan soldiers.", ("SOMINS", "1831", "UGAMIL")),
    # the attacker's bomb names the means
    ("A suicide bomber killed six Iraqi policemen in Ramadi.", ("IRQUAF", "1831", "IRQCOP")),
    ("A suicide bomber from Boko Haram killed nine Nigerian soldiers.", ("NGAINS", "1831", "NGAMIL")),
    ("A car bomb planted by Hamas militants killed four Israeli soldiers.", ("PSEREB", "1832", "ISRMIL")),
    ("A roadside bomb planted by Taliban insurgents killed two British soldiers.", ("AFGINS", "1833", "GBRMIL")),
    # a named person killed is assassinated; shot at or wounded, the attempt failed
    ("A gunman shot dead Japanese Prime Minister Shinzo Abe in Nara.", ("UAF", "186", "JPNGOV")),
    ("A gunman opened fire on Japanese Prime Minister Shinzo Abe in Nara.", ("UAF", "185", "JPNGOV")),
    ("A drone strike by Israel killed Hamas leader Ismail Haniyeh in Tehran.", ("ISR", "186", "PSEREB")),
    # a killing or expulsion counted in hundreds or thousands, in words or in figures, is mass violence
    ("Militiamen killed more than 400 villagers in Darfur.", ("SDNUAF", "202", "SDNCVL")),
    ("Government troops killed 2,000 civilians in Tigray.", ("ETHMIL", "202", "ETHCVL")),
    ("Myanmar's army drove 250,000 villagers across the border into Thailand.", ("MMRMIL", "201", "MMRCVL")),
    # ... but a bombing that killed many stays a bombing, and many fighters killed is a battle
    ("A car bomb planted by ISIS militants killed 120 Iraqi civilians.", ("IMGMUSISI", "1832", "IRQCVL")),
    ("Nigerian troops killed 150 Boko Haram fighters.", ("NGAMIL", "190", "NGAINS")),
    ("Iraqi troops killed 150 Islamic State militants in Mosul.", ("IRQMIL", "190", "IMGMUSISI")),
    # an ethnic people is placed where it lives, not in the state named for it
    ("Croatian forces expelled thousands of ethnic Serbs from Krajina.", ("HRVMIL", "201", "HRV")),
    # poison gas named by its kind, or carried by shells and rockets
    ("Iraqi forces used phosgene against Iranian troops.", ("IRQMIL", "2041", "IRNMIL")),
    ("Syrian forces fired rockets loaded with sarin at rebel positions.", ("SYRMIL", "2041", "SYRREB")),
    # crossings sealed; the side hit named first
    ("Egypt sealed all crossings into Libya on Monday.", ("EGY", "191", "LBY")),
    ("A column of Syrian tanks was hit by Israeli air strikes near Quneitra.", ("ISR", "195", "SYRMIL")),
    # a town held by one side: the hyphened participle does not end the search for the target
    ("Turkish troops seized the Kurdish-held town of Manbij.", ("TURMIL", "192", "SYR")),
    # an ally named with 'allied' is a party of its own; a lake named after a state is no state
    ("Russian troops and allied Belarusian forces seized the Ukrainian town of Bucha.", ("BLRMIL", "192", "UKR")),
    ("Boko Haram militants killed hundreds of fishermen on the shores of Lake Chad.", ("NGAINS", "202", "NGAAGR")),
    # irregular forces storming a place where civilians gather
    ("Al-Shabaab gunmen stormed a beach hotel in Mogadishu.", ("SOMINS", "180", "SOM")),
    ("Gunmen attacked a crowded market in Kano on Friday.", ("NGAUAF", "180", "NGA")),
    # a new subject after a report verb keeps its conjoined verbs
    ("Kenyan officials said Al-Shabaab fighters were holding villagers in Lamu and using them as human shields.",
     ("SOMINS", "184", "KENCVL")),
    # hostages taken after a killing; the women and children of a raid are its civilians
    ("Militants stormed a hotel in Bamako, killing 20 people and taking tourists hostage.", ("MLIUAF", "181", "MLICVL")),
    ("Rebels raided a village in Ituri and abducted the women and children.", ("CODREB", "181", "CODCVL")),
    # fighting that broke out with the other side: each fights the other
    ("Ethiopia's army said heavy fighting broke out with Eritrean troops near Badme.", ("ETHMIL", "190", "ERIMIL")),
    ("Ethiopia's army said heavy fighting broke out with Eritrean troops near Badme.", ("ERIMIL", "190", "ETHMIL")),
    # killed 'when' a bomb struck: the bomb's owner acts, with the bomb's means
    ("Four Kenyan soldiers were killed when an al-Shabaab roadside bomb struck their convoy.", ("SOMINS", "1833", "KENMIL")),
    # a capture of ground, of fighters, and of suspects by the police
    ("M23 rebels captured Bukavu on Sunday.", ("CODREB", "192", "COD")),
    ("Colombian police captured three drug traffickers.", ("COLCOP", "173", "COLCRM")),
    # protesters who break into a building riot
    ("Hundreds of Serbian protesters broke into the parliament building in Belgrade.", ("SRBOPP", "145", "SRBLEG")),
    # troops firing on a crowd fire on the people it is made of (protesters: repression)
    ("Sudanese troops opened fire on crowds of protesters in Omdurman.", ("SDNMIL", "175", "SDNOPP")),
    ("Police fired on a crowd of students and other protesters in Dhaka.", ("BGDCOP", "175", "BGDOPP")),
    # a leader killed by a suicide bomber: an assassination and a suicide bombing
    ("Japanese Prime Minister Shinzo Abe was killed by a suicide bomber in Tokyo.", ("JPNUAF", "186", "JPNGOV")),
    ("Japanese Prime Minister Shinzo Abe was killed by a suicide bomber in Tokyo.", ("JPNUAF", "1831", "JPNGOV")),
    # an embassy hit; the owner of the weapons that hit it, named before them, after 'after'
    ("Protesters gathered in Kyiv after Russian missiles hit the Polish embassy.", ("RUS", "190", "POLGOV")),
    ("Gunmen hijacked a bus in northern Kenya and held passengers hostage for a day.", ("KENUAF", "181", "KENCVL")),
    # aircraft or heavy guns named as the attacker give the means; one actor named twice acts once
    ("Turkish warplanes struck PKK positions in northern Iraq.", ("TURMIL", "195", "TURREB")),
    ("Ukrainian drones attacked an oil refinery in Russia's Bryansk region.", ("UKRMIL", "195", "RUS")),
    ("A Turkish drone strike killed three PKK commanders in Sinjar.", ("TURMIL", "186", "TURREB")),
    ("Syrian tanks attacked rebel positions near Homs.", ("SYRMIL", "194", "SYRREB")),
    ("Israeli warplanes and artillery pounded Hamas positions in Gaza.", ("ISRMIL", "195", "PSEREB")),
    # students who besiege an embassy riot
    ("Hundreds of Iranian students besieged the British embassy in Tehran.", ("IRNEDU", "145", "GBRGOV")),
    # two sides that clash somewhere fight each other, not the place
    ("Thai and Cambodian troops clashed near the Preah Vihear temple.", ("THAMIL", "190", "KHMMIL")),
    ("Thai and Cambodian troops clashed near the Preah Vihear temple.", ("KHMMIL", "190", "THAMIL")),
    ("Armenian and Azerbaijani forces clashed in the mountains on Tuesday.", ("ARMMIL", "190", "AZEMIL")),
]


@pytest.mark.parametrize("sentence,event", ALWAYS)
def test_violence_codebook(full, sentence, event):
    assert event in events_of(full, sentence)


NEVER = [
    # force named after 'by' is no fight between the forces named ('X and Y clashed' is)
    ("A salvo of drones was shot down by American and British warships on Tuesday.", ("USAMIL", "195", "GBRMIL")),
    ("Israeli warplanes and artillery pounded Hamas positions in Gaza.", ("ISRMIL", "194", "PSEREB")),
    # a state's bombs are aircraft's, not an improvised bomb
    ("NATO bombs hit the Chinese embassy in Belgrade.", ("IGOWSTNAT", "183", "CHNGOV")),
    # one hijacking: of the passengers, not of the place as well
    ("Gunmen hijacked a bus in northern Kenya and held passengers hostage for a day.", ("KENUAF", "181", "KEN")),
    # the dead named as 'people killed in' a place are no act of whoever the sentence is about
    ("Rwandan President Paul Kagame laid a wreath for the people killed in Kigali in 1994.", ("RWAGOV", "190", "RWA")),
    # 'as people took to the streets': the people march, not the police named before
    ("Belarusian police detained hundreds of protesters as people took to the streets across Belarus.",
     ("BLROPP", "140", "BLRGOV")),
    # adjectives and nouns that look like verbs
    ("Boko Haram fighters killed dozens of people in the town of Gamboru and surrounding villages in northeastern "
     "Nigeria.", ("NGAINS", "191", "NGA")),
    ("Poland appealed to Germany on Monday to send Leopard battle tanks.", ("POL", "190", "DEUMIL")),
    ("Ethiopia's army said heavy fighting broke out with Eritrean troops near Badme.", ("ETHMIL", "190", "ETH")),
    ("Boko Haram militants killed hundreds of fishermen on the shores of Lake Chad.", ("NGAINS", "202", "TCDAGR")),
    # a year is not a count
    ("Troops killed 12 villagers in 2014.", ("MMRMIL", "202", "MMRCVL")),
    # a clash named with its place only has no place as a party
    ("Armenian and Azerbaijani forces clashed in Nagorno-Karabakh.", ("ARMMIL", "190", "AZE")),
]


def test_a_place_behind_a_possessive_is_no_subject(full):
    """'in Iraq's Diyala province': Diyala is a place, as Iraq is, not the one who killed."""
    events = events_of(full, "A car bomb at a market in Iraq's Diyala province killed 20 civilians.")
    assert not [e for e in events if e[0] == "IRQ"]


@pytest.mark.parametrize("sentence,event", NEVER)
def test_violence_codebook_not(full, sentence, event):
    assert event not in events_of(full, sentence)
