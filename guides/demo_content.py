"""The demo knowledge base: four categories and nine Greek guides, four of them with an English version.

Bodies are lists of ("h2" | "h3" | "p", text), ("ul", [items]) or ("quote", text, attribution); an
English body runs parallel to the Greek one so the seed can pair every string with its translation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

ATHENS = ZoneInfo("Europe/Athens")


def at(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 9, 30, tzinfo=ATHENS)


# Greek name → (slug, English name, English slug, Greek description, English description)
CATEGORIES = {
    "Ίδρυση και νομική μορφή": (
        "idrysi-kai-nomiki-morfi",
        "Founding and legal form",
        "founding-and-legal-form",
        "Από την ιδέα στη νόμιμη λειτουργία: μορφές φορέων, καταστατικό, μητρώα.",
        "From an idea to a registered organisation: legal forms, statutes, registers.",
    ),
    "Χρηματοδότηση": (
        "chrimatodotisi",
        "Funding",
        "funding",
        "Ευρωπαϊκά και εθνικά προγράμματα, προτάσεις και προϋπολογισμοί.",
        "European and national programmes, proposals and budgets.",
    ),
    "Διαχείριση εθελοντών": (
        "diacheirisi-ethelonton",
        "Volunteer management",
        "volunteer-management",
        "Πώς βρίσκουμε, υποδεχόμαστε, προστατεύουμε και ευχαριστούμε τους εθελοντές.",
        "Finding, welcoming, protecting and thanking volunteers.",
    ),
    "Διαφάνεια και οικονομικά": (
        "diafaneia-kai-oikonomika",
        "Transparency and accounts",
        "transparency-and-accounts",
        "Βιβλία, απολογισμοί και λογοδοσία για μικρές οργανώσεις.",
        "Books, reports and accountability for small organisations.",
    ),
}

# Greek name → English name (the news seed made them, with descriptions; this only finds them).
TOPICS = {
    "Κοινωνική οικονομία": "Social economy",
    "Κοινωνικοί συνεταιρισμοί": "Social cooperatives",
    "Χρηματοδότηση": "Funding",
    "Εθελοντισμός": "Volunteering",
    "Διαφάνεια": "Transparency",
}


@dataclass(frozen=True)
class DemoDownload:
    """A generated text document attached to a guide."""

    title: str
    filename: str
    content: str
    label: str
    label_en: str = ""


@dataclass(frozen=True)
class DemoGuide:
    """One demo guide in Greek, optionally with its English version."""

    slug: str
    title: str
    summary: str
    category: str
    audience: str
    published: datetime
    last_reviewed: date
    topics: tuple[str, ...]
    body: tuple[tuple, ...]
    featured: bool = False
    picture: tuple[str, str, str] | None = None
    downloads: tuple[DemoDownload, ...] = ()
    related_guides: tuple[str, ...] = ()
    related_news: tuple[str, ...] = ()
    english: dict = field(default_factory=dict)


CHECKLIST = """Λίστα ελέγχου ίδρυσης Κοινωνικής Συνεταιριστικής Επιχείρησης

[ ] Συμφωνία των ιδρυτικών μελών για τον σκοπό και τις δραστηριότητες
[ ] Σχέδιο καταστατικού
[ ] Ιδρυτική γενική συνέλευση και εκλογή διοίκησης
[ ] Υπογραφές και θεώρηση του καταστατικού
[ ] Αίτηση εγγραφής στο Μητρώο Κοινωνικής και Αλληλέγγυας Οικονομίας
[ ] Έναρξη εργασιών στη ΔΟΥ και τραπεζικός λογαριασμός
[ ] Βιβλίο μελών και βιβλίο πρακτικών
"""

BUDGET = """Κατηγορία δαπάνης,Περιγραφή,Μονάδες,Κόστος μονάδας (€),Σύνολο (€)
Προσωπικό,Συντονιστής έργου (μήνες),12,1500,18000
Εκδηλώσεις,Ενημερωτικές ημερίδες,4,800,3200
Υλικό,Έντυπα και εκπαιδευτικό υλικό,1,1500,1500
Μετακινήσεις,Επισκέψεις σε περιφέρειες,10,120,1200
Έμμεσες δαπάνες,7% επί των άμεσων,1,1673,1673
"""

GUIDES = [
    DemoGuide(
        slug="idrysi-koinsep",
        title="Πώς ιδρύεται μια Κοινωνική Συνεταιριστική Επιχείρηση",
        summary="Τα βήματα από την πρώτη συνάντηση των μελών μέχρι την εγγραφή στο μητρώο και την έναρξη εργασιών.",
        category="Ίδρυση και νομική μορφή",
        audience="Ομάδες πολιτών που θέλουν να ιδρύσουν Κοιν.Σ.Επ.",
        published=at(2, 10),
        last_reviewed=date(2026, 10, 12),
        topics=("Κοινωνικοί συνεταιρισμοί", "Κοινωνική οικονομία"),
        featured=True,
        picture=("#0b5563", "#3aa6a0", "square"),
        body=(
            (
                "p",
                "Η Κοινωνική Συνεταιριστική Επιχείρηση (Κοιν.Σ.Επ.) είναι αστικός συνεταιρισμός με κοινωνικό σκοπό. Τα μέλη της δουλεύουν μαζί, αποφασίζουν δημοκρατικά και επανεπενδύουν το μεγαλύτερο μέρος των κερδών στον σκοπό τους.",
            ),
            ("h2", "Πριν ξεκινήσετε"),
            (
                "p",
                "Συζητήστε ανοιχτά ποιος είναι ο κοινός σκοπός, ποιες δραστηριότητες θα έχει η επιχείρηση και πόσο χρόνο μπορεί να διαθέσει το κάθε μέλος. Μια σύντομη γραπτή περιγραφή βοηθά να μην υπάρξουν παρεξηγήσεις αργότερα.",
            ),
            ("h2", "Τα βήματα της ίδρυσης"),
            ("h3", "Το καταστατικό"),
            (
                "p",
                "Το καταστατικό ορίζει τον σκοπό, τα μέλη, τα όργανα διοίκησης και τον τρόπο διάθεσης των κερδών. Ξεκινήστε από ένα υπόδειγμα και προσαρμόστε το στις ανάγκες σας.",
            ),
            ("h3", "Η εγγραφή στο μητρώο"),
            (
                "p",
                "Η επιχείρηση αποκτά νομική προσωπικότητα με την εγγραφή στο Μητρώο Κοινωνικής και Αλληλέγγυας Οικονομίας. Η αίτηση γίνεται ηλεκτρονικά και συνοδεύεται από το καταστατικό και το πρακτικό της ιδρυτικής συνέλευσης.",
            ),
            ("h3", "Η έναρξη εργασιών"),
            (
                "p",
                "Μετά την εγγραφή ακολουθούν η έναρξη εργασιών στη φορολογική αρχή και το άνοιγμα τραπεζικού λογαριασμού στο όνομα της επιχείρησης.",
            ),
            ("h2", "Συχνά λάθη"),
            (
                "ul",
                [
                    "Καταστατικό αντιγραμμένο χωρίς προσαρμογή στις πραγματικές δραστηριότητες",
                    "Ασαφής κατανομή ρόλων ανάμεσα στα μέλη",
                    "Καθυστέρηση στην τήρηση βιβλίων από την πρώτη μέρα",
                ],
            ),
            (
                "p",
                "Ο οδηγός είναι ενημερωτικός. Πριν από κάθε βήμα ελέγξτε την ισχύουσα νομοθεσία ή συμβουλευτείτε λογιστή.",
            ),
        ),
        downloads=(
            DemoDownload(
                "Λίστα ελέγχου ίδρυσης Κοιν.Σ.Επ.",
                "lista-elegchou-idrysis-koinsep.txt",
                CHECKLIST,
                "Λίστα ελέγχου ίδρυσης (κείμενο)",
                "Founding checklist (text, in Greek)",
            ),
        ),
        related_guides=("katastatiko-ti-periechei", "somateio-i-amke"),
        related_news=("neos-kyklos-ekpaideusis-koinsep",),
        english={
            "slug": "founding-a-social-cooperative",
            "title": "How to found a social cooperative enterprise",
            "summary": "The steps from the members' first meeting to registration and the start of trading.",
            "audience": "Groups of citizens who want to found a social cooperative",
            "body": (
                (
                    "p",
                    "A social cooperative enterprise (Koin.S.Ep.) is a civil cooperative with a social purpose. Its members work together, decide democratically and reinvest most of the profit in their purpose.",
                ),
                ("h2", "Before you start"),
                (
                    "p",
                    "Talk openly about your shared purpose, the activities the enterprise will have and how much time each member can give. A short written description helps avoid misunderstandings later.",
                ),
                ("h2", "The steps of founding"),
                ("h3", "The statutes"),
                (
                    "p",
                    "The statutes set out the purpose, the members, the governing bodies and how profits are used. Start from a template and adapt it to your needs.",
                ),
                ("h3", "Registration"),
                (
                    "p",
                    "The enterprise becomes a legal entity once it is entered in the Register of the Social and Solidarity Economy. You apply online, with the statutes and the minutes of the founding assembly.",
                ),
                ("h3", "Starting to trade"),
                (
                    "p",
                    "After registration, you declare the start of business to the tax office and open a bank account in the enterprise's name.",
                ),
                ("h2", "Common mistakes"),
                (
                    "ul",
                    [
                        "Statutes copied without adapting them to what you really do",
                        "Unclear roles among the members",
                        "Putting off bookkeeping instead of starting on day one",
                    ],
                ),
                (
                    "p",
                    "This guide is for information only. Before each step, check the current law or ask an accountant.",
                ),
            ),
        },
    ),
    DemoGuide(
        slug="somateio-i-amke",
        title="Σωματείο ή αστική μη κερδοσκοπική εταιρεία;",
        summary="Οι βασικές διαφορές των δύο πιο συνηθισμένων μορφών για εθελοντικές οργανώσεις.",
        category="Ίδρυση και νομική μορφή",
        audience="Ιδρυτές εθελοντικών οργανώσεων",
        published=at(2, 24),
        last_reviewed=date(2026, 9, 7),
        topics=("Κοινωνική οικονομία",),
        body=(
            (
                "p",
                "Οι περισσότερες εθελοντικές οργανώσεις επιλέγουν ανάμεσα σε δύο μορφές: το σωματείο και την αστική μη κερδοσκοπική εταιρεία. Και οι δύο επιδιώκουν μη κερδοσκοπικό σκοπό, αλλά λειτουργούν διαφορετικά.",
            ),
            ("h2", "Το σωματείο"),
            (
                "p",
                "Το σωματείο είναι ένωση προσώπων με ανοιχτή συμμετοχή. Τα μέλη μπαίνουν και φεύγουν ελεύθερα και το ανώτατο όργανο είναι η γενική συνέλευση. Ταιριάζει σε οργανώσεις που θέλουν πολλά μέλη και ευρεία συμμετοχή.",
            ),
            ("h2", "Η αστική μη κερδοσκοπική εταιρεία"),
            (
                "p",
                "Η εταιρεία ιδρύεται από λίγους εταίρους με εταιρικό συμφωνητικό. Είναι πιο ευέλικτη στη διοίκηση, αλλά κλειστή σε νέα μέλη χωρίς τροποποίηση του συμφωνητικού.",
            ),
            ("h2", "Πώς να αποφασίσετε"),
            (
                "ul",
                [
                    "Πόσους ανθρώπους θέλετε να έχετε ως μέλη με δικαίωμα ψήφου;",
                    "Πόσο γρήγορα πρέπει να παίρνονται οι αποφάσεις;",
                    "Ποιες χρηματοδοτήσεις σκοπεύετε να διεκδικήσετε;",
                ],
            ),
        ),
        related_guides=("idrysi-koinsep",),
    ),
    DemoGuide(
        slug="katastatiko-ti-periechei",
        title="Το καταστατικό: τι πρέπει να περιέχει",
        summary="Ένας πρακτικός κατάλογος με τα άρθρα που δεν πρέπει να λείπουν από κανένα καταστατικό.",
        category="Ίδρυση και νομική μορφή",
        audience="Διοικητικά συμβούλια και ιδρυτικές ομάδες",
        published=at(3, 9),
        last_reviewed=date(2026, 9, 21),
        topics=("Κοινωνική οικονομία", "Κοινωνικοί συνεταιρισμοί"),
        body=(
            (
                "p",
                "Το καταστατικό είναι το θεμέλιο κάθε οργάνωσης. Όταν είναι σαφές, προλαμβάνει διαφωνίες. Όταν είναι πρόχειρο, τις προκαλεί.",
            ),
            ("h2", "Τα απαραίτητα άρθρα"),
            (
                "ul",
                [
                    "Επωνυμία, έδρα και διάρκεια",
                    "Σκοπός και μέσα για την επίτευξή του",
                    "Εγγραφή, δικαιώματα και υποχρεώσεις των μελών",
                    "Όργανα διοίκησης και τρόπος λήψης αποφάσεων",
                    "Πόροι, οικονομική διαχείριση και έλεγχος",
                    "Τροποποίηση του καταστατικού και διάλυση",
                ],
            ),
            ("h2", "Συμβουλές για τη σύνταξη"),
            (
                "p",
                "Γράψτε σε απλή γλώσσα και αποφύγετε γενικόλογες διατυπώσεις. Ορίστε με ακρίβεια την απαρτία και την πλειοψηφία για κάθε είδος απόφασης.",
            ),
        ),
        related_guides=("idrysi-koinsep",),
    ),
    DemoGuide(
        slug="evropaiki-chrimatodotisi-apo-tin-idea-stin-protasi",
        title="Ευρωπαϊκή χρηματοδότηση: από την ιδέα στην πρόταση",
        summary="Πώς βρίσκουμε την κατάλληλη πρόσκληση, πώς χτίζουμε σύμπραξη και πώς γράφουμε μια πειστική πρόταση.",
        category="Χρηματοδότηση",
        audience="Στελέχη μη κερδοσκοπικών οργανώσεων",
        published=at(4, 6),
        last_reviewed=date(2026, 11, 2),
        topics=("Χρηματοδότηση",),
        featured=True,
        picture=("#7a4b00", "#e0a526", "triangle"),
        body=(
            (
                "p",
                "Τα ευρωπαϊκά προγράμματα είναι σημαντική πηγή πόρων για την κοινωνική οικονομία. Η επιτυχία όμως κρίνεται πολύ πριν από την υποβολή: στην επιλογή της σωστής πρόσκλησης και των σωστών εταίρων.",
            ),
            ("h2", "Βρείτε την κατάλληλη πρόσκληση"),
            (
                "p",
                "Διαβάστε προσεκτικά τους στόχους και τους δικαιούχους κάθε πρόσκλησης. Αν η ιδέα σας χρειάζεται πολλές αλλαγές για να ταιριάξει, μάλλον δεν είναι η σωστή πρόσκληση.",
            ),
            ("h2", "Χτίστε τη σύμπραξη"),
            (
                "p",
                "Επιλέξτε εταίρους που φέρνουν κάτι που σας λείπει: εμπειρία, πρόσβαση σε ομάδες-στόχο ή τεχνική γνώση. Συμφωνήστε νωρίς ποιος κάνει τι και με ποιο κόστος.",
            ),
            ("h2", "Γράψτε την πρόταση"),
            (
                "p",
                "Ξεκινήστε από το πρόβλημα που λύνετε και δείξτε πώς θα μετρήσετε το αποτέλεσμα. Οι αξιολογητές διαβάζουν πολλές προτάσεις: η σαφήνεια κερδίζει.",
            ),
            (
                "quote",
                "Μια καλή πρόταση διαβάζεται σαν σχέδιο δουλειάς, όχι σαν διαφημιστικό φυλλάδιο.",
                "Σύμβουλος προγραμμάτων",
            ),
        ),
        related_guides=("proypologismos-ergou",),
        related_news=("imerida-esf-plus", "prosklisi-mikres-epichorigiseis-2026"),
        english={
            "slug": "eu-funding-from-idea-to-proposal",
            "title": "EU funding: from an idea to a proposal",
            "summary": "How to find the right call, build a partnership and write a convincing proposal.",
            "audience": "Staff of non-profit organisations",
            "body": (
                (
                    "p",
                    "European programmes are an important source of income for the social economy. But success is decided long before submission: in choosing the right call and the right partners.",
                ),
                ("h2", "Find the right call"),
                (
                    "p",
                    "Read the aims and the eligible applicants of each call carefully. If your idea needs many changes to fit, it is probably not the right call.",
                ),
                ("h2", "Build the partnership"),
                (
                    "p",
                    "Choose partners who bring something you lack: experience, access to target groups or technical knowledge. Agree early on who does what and at what cost.",
                ),
                ("h2", "Write the proposal"),
                (
                    "p",
                    "Start from the problem you solve and show how you will measure the result. Evaluators read many proposals: clarity wins.",
                ),
                (
                    "quote",
                    "A good proposal reads like a work plan, not like a brochure.",
                    "Programme adviser",
                ),
            ),
        },
    ),
    DemoGuide(
        slug="proypologismos-ergou",
        title="Πώς συντάσσουμε προϋπολογισμό έργου",
        summary="Από τις κατηγορίες δαπανών μέχρι τις έμμεσες δαπάνες: ένας ρεαλιστικός προϋπολογισμός βήμα βήμα.",
        category="Χρηματοδότηση",
        audience="Όσοι ετοιμάζουν προτάσεις χρηματοδότησης",
        published=at(4, 20),
        last_reviewed=date(2026, 10, 19),
        topics=("Χρηματοδότηση", "Διαφάνεια"),
        body=(
            (
                "p",
                "Ο προϋπολογισμός δείχνει στους αξιολογητές αν το σχέδιό σας είναι εφικτό. Πρέπει να συμφωνεί με τις δράσεις που περιγράφετε και να στηρίζεται σε πραγματικές τιμές.",
            ),
            ("h2", "Κατηγορίες δαπανών"),
            (
                "ul",
                [
                    "Προσωπικό",
                    "Εκδηλώσεις και συναντήσεις",
                    "Υλικό και εξοπλισμός",
                    "Μετακινήσεις",
                    "Έμμεσες δαπάνες",
                ],
            ),
            ("h2", "Πώς υπολογίζουμε"),
            (
                "p",
                "Για κάθε γραμμή γράψτε μονάδες, κόστος μονάδας και σύνολο. Κρατήστε προσφορές ή τιμοκαταλόγους που δικαιολογούν τα ποσά.",
            ),
            ("h2", "Έλεγχος πριν την υποβολή"),
            (
                "p",
                "Ελέγξτε ότι τα αθροίσματα είναι σωστά, ότι τηρείτε τα όρια της πρόσκλησης και ότι κάθε δαπάνη αντιστοιχεί σε συγκεκριμένη δράση.",
            ),
        ),
        downloads=(
            DemoDownload(
                "Υπόδειγμα προϋπολογισμού έργου",
                "ypodeigma-proypologismou.csv",
                BUDGET,
                "Υπόδειγμα προϋπολογισμού (CSV)",
            ),
        ),
        related_guides=("evropaiki-chrimatodotisi-apo-tin-idea-stin-protasi",),
    ),
    DemoGuide(
        slug="prosklisi-kai-ypodochi-ethelonton",
        title="Πρόσκληση και υποδοχή εθελοντών",
        summary="Πώς γράφουμε μια καλή πρόσκληση, πώς υποδεχόμαστε τους νέους εθελοντές και πώς τους κρατάμε κοντά μας.",
        category="Διαχείριση εθελοντών",
        audience="Υπεύθυνοι εθελοντών",
        published=at(5, 11),
        last_reviewed=date(2026, 11, 9),
        topics=("Εθελοντισμός",),
        featured=True,
        picture=("#1d4e89", "#7fb7e6", "circle"),
        body=(
            (
                "p",
                "Οι εθελοντές δίνουν τον χρόνο τους επειδή πιστεύουν σε κάτι. Η οργάνωση οφείλει να τον σέβεται: με σαφείς ρόλους, καλή υποδοχή και αναγνώριση.",
            ),
            ("h2", "Η πρόσκληση"),
            (
                "p",
                "Περιγράψτε συγκεκριμένα τι θα κάνει ο εθελοντής, πόσες ώρες χρειάζονται και τι θα κερδίσει ο ίδιος. Οι γενικές εκκλήσεις για βοήθεια φέρνουν λίγες απαντήσεις.",
            ),
            ("h2", "Η πρώτη μέρα"),
            (
                "p",
                "Ορίστε έναν άνθρωπο που θα υποδεχτεί τον εθελοντή, θα του γνωρίσει την ομάδα και θα του εξηγήσει τους κανόνες ασφαλείας.",
            ),
            ("h2", "Πώς κρατάμε τους εθελοντές"),
            (
                "ul",
                [
                    "Ζητάμε τη γνώμη τους και τους ενημερώνουμε για τα αποτελέσματα",
                    "Προσφέρουμε εκπαίδευση και ευκαιρίες να αναλάβουν ευθύνες",
                    "Λέμε ευχαριστώ, δημόσια και προσωπικά",
                ],
            ),
        ),
        related_guides=("asfaleia-kai-ypochreoseis-ethelonton",),
        related_news=("neo-yliko-gia-ethelontes",),
        english={
            "slug": "recruiting-and-welcoming-volunteers",
            "title": "Recruiting and welcoming volunteers",
            "summary": "How to write a good call, welcome new volunteers and keep them with you.",
            "audience": "Volunteer coordinators",
            "body": (
                (
                    "p",
                    "Volunteers give their time because they believe in something. The organisation owes them respect: clear roles, a good welcome and recognition.",
                ),
                ("h2", "The call"),
                (
                    "p",
                    "Describe exactly what the volunteer will do, how many hours it takes and what they will gain. General appeals for help bring few answers.",
                ),
                ("h2", "The first day"),
                (
                    "p",
                    "Name one person to welcome the volunteer, introduce them to the team and explain the safety rules.",
                ),
                ("h2", "Keeping volunteers"),
                (
                    "ul",
                    [
                        "Ask for their views and tell them about the results",
                        "Offer training and chances to take on responsibility",
                        "Say thank you, in public and in person",
                    ],
                ),
            ),
        },
    ),
    DemoGuide(
        slug="asfaleia-kai-ypochreoseis-ethelonton",
        title="Ασφάλεια και υποχρεώσεις απέναντι στους εθελοντές",
        summary="Συμφωνητικό, ασφάλιση, προστασία προσωπικών δεδομένων και ασφαλείς συνθήκες δράσης.",
        category="Διαχείριση εθελοντών",
        audience="Διοικητικά συμβούλια και υπεύθυνοι εθελοντών",
        published=at(6, 1),
        last_reviewed=date(2026, 10, 5),
        topics=("Εθελοντισμός",),
        body=(
            (
                "p",
                "Η εθελοντική εργασία δεν είναι απλήρωτη εργασία. Έχει δικούς της κανόνες, που προστατεύουν και τον εθελοντή και την οργάνωση.",
            ),
            ("h2", "Το συμφωνητικό"),
            (
                "p",
                "Ένα σύντομο γραπτό συμφωνητικό περιγράφει τον ρόλο, τη διάρκεια και τις αμοιβαίες δεσμεύσεις. Δεν χρειάζεται νομική γλώσσα, χρειάζεται σαφήνεια.",
            ),
            ("h2", "Ασφάλιση και ασφάλεια"),
            (
                "p",
                "Για δράσεις με κίνδυνο τραυματισμού εξετάστε ομαδική ασφάλιση ατυχημάτων. Εξηγήστε πάντα τους κανόνες ασφαλείας πριν ξεκινήσει η δράση.",
            ),
            ("h2", "Προσωπικά δεδομένα"),
            (
                "p",
                "Κρατήστε μόνο τα στοιχεία που χρειάζεστε, φυλάξτε τα με ασφάλεια και ζητήστε συγκατάθεση για φωτογραφίες.",
            ),
        ),
        related_guides=("prosklisi-kai-ypodochi-ethelonton",),
    ),
    DemoGuide(
        slug="oikonomikos-apologismos-se-apli-glossa",
        title="Ο ετήσιος οικονομικός απολογισμός σε απλή γλώσσα",
        summary="Πώς παρουσιάζουμε έσοδα και έξοδα ώστε να τα καταλαβαίνουν τα μέλη, οι δωρητές και οι πολίτες.",
        category="Διαφάνεια και οικονομικά",
        audience="Ταμίες και διοικητικά συμβούλια",
        published=at(6, 22),
        last_reviewed=date(2026, 11, 16),
        topics=("Διαφάνεια",),
        picture=("#4a2c6f", "#b07cc6", "rings"),
        body=(
            (
                "p",
                "Ο οικονομικός απολογισμός δεν είναι μόνο νομική υποχρέωση. Είναι ο πιο πειστικός τρόπος να δείξετε ότι εμπιστεύονται σωστά την οργάνωσή σας.",
            ),
            ("h2", "Τι περιλαμβάνει"),
            (
                "ul",
                [
                    "Έσοδα ανά πηγή: συνδρομές, δωρεές, επιχορηγήσεις, πωλήσεις",
                    "Έξοδα ανά δραστηριότητα",
                    "Το αποτέλεσμα της χρονιάς και τα διαθέσιμα",
                ],
            ),
            ("h2", "Πώς το κάνουμε κατανοητό"),
            (
                "p",
                "Συνοδέψτε τους πίνακες με μια σελίδα κειμένου που εξηγεί τι άλλαξε σε σχέση με την προηγούμενη χρονιά και γιατί. Ένα απλό γράφημα λέει περισσότερα από δέκα γραμμές αριθμών.",
            ),
            ("h2", "Δημοσίευση"),
            (
                "p",
                "Δημοσιεύστε τον απολογισμό στον ιστότοπό σας και στείλτε τον στα μέλη πριν από τη γενική συνέλευση.",
            ),
        ),
        related_news=("dimosieusame-oikonomiko-apologismo-2025",),
        related_guides=("vivlia-kai-logistikes-ypochreoseis",),
        english={
            "slug": "annual-financial-report-in-plain-language",
            "title": "The annual financial report in plain language",
            "summary": "How to present income and spending so that members, donors and citizens understand them.",
            "audience": "Treasurers and boards",
            "body": (
                (
                    "p",
                    "The financial report is not just a legal duty. It is the most convincing way to show that people are right to trust your organisation.",
                ),
                ("h2", "What it includes"),
                (
                    "ul",
                    [
                        "Income by source: fees, donations, grants, sales",
                        "Spending by activity",
                        "The year's result and the funds available",
                    ],
                ),
                ("h2", "Making it understandable"),
                (
                    "p",
                    "Add a page of text to the tables that explains what changed since last year and why. A simple chart says more than ten lines of figures.",
                ),
                ("h2", "Publishing"),
                (
                    "p",
                    "Publish the report on your website and send it to members before the general assembly.",
                ),
            ),
        },
    ),
    DemoGuide(
        slug="vivlia-kai-logistikes-ypochreoseis",
        title="Βιβλία και λογιστικές υποχρεώσεις μικρών οργανώσεων",
        summary="Ποια βιβλία κρατάμε, ποιες προθεσμίες τηρούμε και πότε χρειαζόμαστε λογιστή.",
        category="Διαφάνεια και οικονομικά",
        audience="Ταμίες μικρών οργανώσεων",
        published=at(7, 13),
        last_reviewed=date(2026, 9, 28),
        topics=("Διαφάνεια",),
        body=(
            (
                "p",
                "Ακόμη και η πιο μικρή οργάνωση χρειάζεται τάξη στα οικονομικά της. Τα σωστά βιβλία προστατεύουν τη διοίκηση και κάνουν εύκολο τον απολογισμό.",
            ),
            ("h2", "Τα βασικά βιβλία"),
            (
                "ul",
                [
                    "Βιβλίο μελών",
                    "Βιβλίο πρακτικών της διοίκησης και της γενικής συνέλευσης",
                    "Βιβλίο εσόδων και εξόδων ή διπλογραφικά βιβλία, ανάλογα με το μέγεθος",
                ],
            ),
            ("h2", "Προθεσμίες"),
            (
                "p",
                "Σημειώστε σε ένα κοινό ημερολόγιο τις φορολογικές δηλώσεις, τις ασφαλιστικές υποχρεώσεις και την ημερομηνία της γενικής συνέλευσης.",
            ),
            ("h2", "Πότε χρειάζεστε λογιστή"),
            (
                "p",
                "Όταν απασχολείτε προσωπικό, όταν διαχειρίζεστε επιχορηγήσεις ή όταν έχετε εμπορική δραστηριότητα, η συνεργασία με λογιστή είναι απαραίτητη.",
            ),
        ),
        related_guides=("oikonomikos-apologismos-se-apli-glossa",),
    ),
]

GUIDE_INDEX = {
    "title": "Οδηγοί",
    "slug": "odigoi",
    "summary": "Πρακτικοί οδηγοί για μη κερδοσκοπικές οργανώσεις και κοινωνικές επιχειρήσεις.",
    "intro": "<p>Η βάση γνώσης της ΠΕΣΚΟ: πρακτικοί οδηγοί για την ίδρυση, τη χρηματοδότηση και τη λειτουργία μη κερδοσκοπικών οργανώσεων.</p>",
}
GUIDE_INDEX_EN = {
    "Οδηγοί": "Guides",
    "odigoi": "guides",
    GUIDE_INDEX["summary"]: "Practical guides for non-profit organisations and social enterprises.",
    "Η βάση γνώσης της ΠΕΣΚΟ: πρακτικοί οδηγοί για την ίδρυση, τη χρηματοδότηση και τη λειτουργία μη κερδοσκοπικών οργανώσεων.": (
        "PESKO's knowledge base: practical guides to founding, funding and running non-profit organisations."
    ),
}
