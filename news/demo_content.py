"""The demo news: topics, authors and twelve Greek articles, six of them with an English version.

Bodies are lists of ("p" | "h2" | "quote", text[, attribution]); an English body runs parallel to the
Greek one, entry by entry, so the seed can pair every Greek string with its translation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

ATHENS = ZoneInfo("Europe/Athens")


def at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=ATHENS)


# Greek name → (English name, Greek description, English description)
TOPICS = {
    "Κοινωνική οικονομία": (
        "Social economy",
        "Επιχειρήσεις και οργανώσεις που βάζουν τον άνθρωπο και την κοινότητα πάνω από το κέρδος.",
        "Businesses and organisations that put people and communities before profit.",
    ),
    "Κοινωνικοί συνεταιρισμοί": (
        "Social cooperatives",
        "Κοινωνικές Συνεταιριστικές Επιχειρήσεις: ίδρυση, λειτουργία και καλές πρακτικές.",
        "Social cooperative enterprises: founding, running them and good practice.",
    ),
    "Χρηματοδότηση": (
        "Funding",
        "Ευρωπαϊκά και εθνικά προγράμματα, επιχορηγήσεις και άλλες πηγές πόρων.",
        "European and national programmes, grants and other sources of income.",
    ),
    "Εθελοντισμός": (
        "Volunteering",
        "Πώς βρίσκουμε, υποδεχόμαστε και κρατάμε κοντά μας τους εθελοντές.",
        "Finding, welcoming and keeping volunteers.",
    ),
    "Διαφάνεια": (
        "Transparency",
        "Λογοδοσία, οικονομικοί απολογισμοί και χρηστή διαχείριση.",
        "Accountability, financial reports and sound management.",
    ),
    "Τοπική ανάπτυξη": (
        "Local development",
        "Συνεργασίες με δήμους, περιφέρειες και επιχειρήσεις για την απασχόληση.",
        "Partnerships with municipalities, regions and businesses for local jobs.",
    ),
    "Περιβάλλον": (
        "Environment",
        "Ενεργειακές κοινότητες, ανακύκλωση και φροντίδα για τον τόπο μας.",
        "Energy communities, recycling and care for where we live.",
    ),
}

# Greek name → (Greek role, English name, English role)
PEOPLE = {
    "Μαρία Παπαδοπούλου": ("Υπεύθυνη επικοινωνίας", "Maria Papadopoulou", "Communications officer"),
    "Νίκος Αντωνίου": ("Συντονιστής προγραμμάτων", "Nikos Antoniou", "Programme coordinator"),
    "Ελένη Γεωργίου": ("Σύμβουλος κοινωνικής οικονομίας", "Eleni Georgiou", "Social economy adviser"),
}


@dataclass(frozen=True)
class DemoPicture:
    """A generated hero image: gradient colours, shape, alt text and caption in both languages."""

    title: str
    start: str
    end: str
    shape: str
    alt: str
    caption: str
    alt_en: str = ""
    caption_en: str = ""


@dataclass(frozen=True)
class DemoArticle:
    """One demo article in Greek, optionally with its English version."""

    slug: str
    title: str
    summary: str
    published: datetime
    topics: tuple[str, ...]
    authors: tuple[str, ...]
    body: tuple[tuple[str, ...], ...]
    picture: DemoPicture | None = None
    related: tuple[str, ...] = ()
    english: dict = field(default_factory=dict)


ARTICLES = [
    DemoArticle(
        slug="neos-kyklos-ekpaideusis-koinsep",
        title="Νέος κύκλος εκπαίδευσης για μέλη Κοινωνικών Συνεταιριστικών Επιχειρήσεων",
        summary="Δωρεάν σεμινάρια σε Αθήνα, Θεσσαλονίκη και Πάτρα για όσους δουλεύουν ή σκέφτονται να ιδρύσουν Κοιν.Σ.Επ.",
        published=at(3, 2),
        topics=("Κοινωνικοί συνεταιρισμοί", "Κοινωνική οικονομία"),
        authors=("Ελένη Γεωργίου",),
        body=(
            (
                "p",
                "Από τον Απρίλιο ξεκινά ένας νέος κύκλος εκπαίδευσης για μέλη και στελέχη Κοινωνικών Συνεταιριστικών Επιχειρήσεων. Τα σεμινάρια είναι δωρεάν και γίνονται δια ζώσης σε τρεις πόλεις.",
            ),
            ("h2", "Τι θα καλύψουν τα σεμινάρια"),
            (
                "p",
                "Η θεματολογία περιλαμβάνει τη σύνταξη επιχειρηματικού σχεδίου, τις φορολογικές υποχρεώσεις, τη λήψη αποφάσεων στη γενική συνέλευση και την επικοινωνία με την τοπική κοινωνία.",
            ),
            (
                "quote",
                "Ένας συνεταιρισμός αντέχει όταν τα μέλη του ξέρουν όχι μόνο τι παράγουν αλλά και πώς αποφασίζουν μαζί.",
                "Ελένη Γεωργίου",
            ),
            (
                "p",
                "Οι θέσεις είναι περιορισμένες. Προτεραιότητα έχουν επιχειρήσεις που ιδρύθηκαν τα τελευταία δύο χρόνια.",
            ),
        ),
        picture=DemoPicture(
            "Σεμινάριο συνεταιρισμών",
            "#0b5563",
            "#3aa6a0",
            "circle",
            "Αφηρημένο σχέδιο σε τιρκουάζ αποχρώσεις με λευκό κύκλο",
            "Τα σεμινάρια γίνονται σε μικρές ομάδες.",
            "Abstract turquoise pattern with a white circle",
            "The seminars are held in small groups.",
        ),
        related=("dimosieusame-oikonomiko-apologismo-2025",),
        english={
            "slug": "new-training-cycle-social-cooperatives",
            "title": "New training cycle for members of social cooperative enterprises",
            "summary": "Free seminars in Athens, Thessaloniki and Patras for people who work in, or plan to found, a social cooperative.",
            "body": (
                (
                    "p",
                    "A new training cycle for members and staff of social cooperative enterprises starts in April. The seminars are free and take place in person in three cities.",
                ),
                ("h2", "What the seminars cover"),
                (
                    "p",
                    "Topics include writing a business plan, tax obligations, decision-making in the general assembly and communicating with the local community.",
                ),
                (
                    "quote",
                    "A cooperative lasts when its members know not only what they produce but also how they decide together.",
                    "Eleni Georgiou",
                ),
                ("p", "Places are limited. Enterprises founded in the last two years have priority."),
            ),
        },
    ),
    DemoArticle(
        slug="prosklisi-mikres-epichorigiseis-2026",
        title="Ανοίγει η πρόσκληση για μικρές επιχορηγήσεις σε τοπικές πρωτοβουλίες",
        summary="Έως 5.000 ευρώ για ομάδες που στηρίζουν την απασχόληση και την αλληλεγγύη στη γειτονιά τους.",
        published=at(3, 16),
        topics=("Χρηματοδότηση", "Τοπική ανάπτυξη"),
        authors=("Νίκος Αντωνίου",),
        body=(
            (
                "p",
                "Η ΠΕΣΚΟ ανοίγει πρόσκληση για μικρές επιχορηγήσεις έως 5.000 ευρώ. Απευθύνεται σε μη κερδοσκοπικές οργανώσεις και άτυπες ομάδες πολιτών που δουλεύουν σε τοπικό επίπεδο.",
            ),
            ("h2", "Ποιοι μπορούν να υποβάλουν πρόταση"),
            (
                "p",
                "Σωματεία, αστικές μη κερδοσκοπικές εταιρείες και Κοινωνικές Συνεταιριστικές Επιχειρήσεις με έδρα στην Ελλάδα. Κάθε φορέας υποβάλλει μία πρόταση.",
            ),
            ("h2", "Προθεσμία"),
            (
                "p",
                "Οι προτάσεις υποβάλλονται ηλεκτρονικά έως τις 30 Απριλίου. Τα αποτελέσματα ανακοινώνονται τον Ιούνιο.",
            ),
        ),
        picture=DemoPicture(
            "Μικρές επιχορηγήσεις",
            "#7a4b00",
            "#e0a526",
            "square",
            "Αφηρημένο σχέδιο σε χρυσές αποχρώσεις με λευκό τετράγωνο",
            "Οι επιχορηγήσεις στηρίζουν μικρές τοπικές ομάδες.",
            "Abstract golden pattern with a white square",
            "The grants support small local groups.",
        ),
        english={
            "slug": "small-grants-call-local-initiatives",
            "title": "Call opens for small grants to local initiatives",
            "summary": "Up to 5,000 euros for groups that support jobs and solidarity in their neighbourhood.",
            "body": (
                (
                    "p",
                    "PESKO is opening a call for small grants of up to 5,000 euros. It is meant for non-profit organisations and informal citizens' groups working locally.",
                ),
                ("h2", "Who can apply"),
                (
                    "p",
                    "Associations, non-profit civil companies and social cooperative enterprises based in Greece. Each organisation may submit one proposal.",
                ),
                ("h2", "Deadline"),
                ("p", "Proposals are submitted online until 30 April. Results are announced in June."),
            ),
        },
    ),
    DemoArticle(
        slug="ethelontes-katharizoun-aktes",
        title="Εθελοντές καθαρίζουν τις ακτές της Ανατολικής Αττικής",
        summary="Πάνω από διακόσιοι εθελοντές από δώδεκα οργανώσεις μάζεψαν πλαστικά και δίχτυα σε τέσσερις παραλίες.",
        published=at(4, 27),
        topics=("Εθελοντισμός", "Περιβάλλον"),
        authors=("Μαρία Παπαδοπούλου",),
        body=(
            (
                "p",
                "Το πρωί της Κυριακής πάνω από διακόσιοι εθελοντές βρέθηκαν σε τέσσερις παραλίες της Ανατολικής Αττικής. Η δράση οργανώθηκε από δώδεκα οργανώσεις-μέλη του δικτύου μας.",
            ),
            (
                "p",
                "Συγκεντρώθηκαν περίπου εννιακόσια κιλά απορριμμάτων, κυρίως πλαστικά και παλιά αλιευτικά δίχτυα. Τα ανακυκλώσιμα παραδόθηκαν σε κοινωνική επιχείρηση ανακύκλωσης της περιοχής.",
            ),
            (
                "quote",
                "Είδαμε παιδιά, συνταξιούχους και ψαράδες να δουλεύουν δίπλα δίπλα. Αυτό είναι το πραγματικό κέρδος.",
                "Εθελόντρια από τη Ραφήνα",
            ),
        ),
        picture=DemoPicture(
            "Καθαρισμός ακτών",
            "#1d4e89",
            "#7fb7e6",
            "rings",
            "Αφηρημένο σχέδιο σε μπλε αποχρώσεις με λευκούς ομόκεντρους κύκλους",
            "Η δράση έγινε σε τέσσερις παραλίες.",
            "Abstract blue pattern with white concentric rings",
            "The clean-up covered four beaches.",
        ),
        english={
            "slug": "volunteers-clean-east-attica-beaches",
            "title": "Volunteers clean the beaches of East Attica",
            "summary": "More than two hundred volunteers from twelve organisations collected plastics and nets on four beaches.",
            "body": (
                (
                    "p",
                    "On Sunday morning more than two hundred volunteers met on four beaches in East Attica. The clean-up was organised by twelve member organisations of our network.",
                ),
                (
                    "p",
                    "About nine hundred kilos of waste were collected, mostly plastics and old fishing nets. The recyclable material went to a local social recycling enterprise.",
                ),
                (
                    "quote",
                    "We saw children, pensioners and fishermen working side by side. That is the real profit.",
                    "A volunteer from Rafina",
                ),
            ),
        },
    ),
    DemoArticle(
        slug="geniki-synelefsi-2026",
        title="Γενική συνέλευση της ΠΕΣΚΟ: απολογισμός και στόχοι για τη νέα χρονιά",
        summary="Τα μέλη ενέκριναν τον απολογισμό του 2025 και έθεσαν τρεις προτεραιότητες για το 2026.",
        published=at(5, 18),
        topics=("Διαφάνεια", "Κοινωνική οικονομία"),
        authors=("Μαρία Παπαδοπούλου", "Νίκος Αντωνίου"),
        body=(
            (
                "p",
                "Η ετήσια γενική συνέλευση της ΠΕΣΚΟ έγινε στην Αθήνα με τη συμμετοχή εκπροσώπων από δεκαεπτά συμπράξεις και δίκτυα. Τα μέλη ενέκριναν ομόφωνα τον διοικητικό και τον οικονομικό απολογισμό.",
            ),
            ("h2", "Οι προτεραιότητες του 2026"),
            (
                "p",
                "Πρώτη προτεραιότητα είναι η βάση γνώσης με πρακτικούς οδηγούς για μικρές οργανώσεις. Ακολουθούν η εκπαίδευση των εθελοντών και η συνεργασία με τους δήμους για την τοπική απασχόληση.",
            ),
        ),
        related=("dimosieusame-oikonomiko-apologismo-2025",),
        english={
            "slug": "general-assembly-2026",
            "title": "PESKO general assembly: review of the year and goals ahead",
            "summary": "Members approved the 2025 report and set three priorities for 2026.",
            "body": (
                (
                    "p",
                    "PESKO's annual general assembly met in Athens with representatives of seventeen partnerships and networks. Members unanimously approved the activity report and the financial report.",
                ),
                ("h2", "Priorities for 2026"),
                (
                    "p",
                    "The first priority is the knowledge base of practical guides for small organisations. Next come volunteer training and working with municipalities on local employment.",
                ),
            ),
        },
    ),
    DemoArticle(
        slug="dimosieusame-oikonomiko-apologismo-2025",
        title="Δημοσιεύσαμε τον οικονομικό απολογισμό του 2025",
        summary="Έσοδα, έξοδα και πηγές χρηματοδότησης, αναλυτικά και σε απλή γλώσσα.",
        published=at(6, 8),
        topics=("Διαφάνεια",),
        authors=("Νίκος Αντωνίου",),
        body=(
            (
                "p",
                "Όπως κάθε χρόνο, δημοσιεύουμε τον οικονομικό μας απολογισμό. Φέτος τον συνοδεύει μια σύντομη περίληψη σε απλή γλώσσα, ώστε να τον διαβάζει εύκολα κάθε μέλος και κάθε πολίτης.",
            ),
            (
                "p",
                "Το μεγαλύτερο μέρος των εσόδων προήλθε από ευρωπαϊκά προγράμματα. Οι συνδρομές των μελών κάλυψαν τα πάγια έξοδα λειτουργίας.",
            ),
            ("p", "Για ερωτήσεις σχετικά με τα στοιχεία μπορείτε να επικοινωνήσετε με τη γραμματεία μας."),
        ),
        english={
            "slug": "financial-report-2025-published",
            "title": "Our 2025 financial report is out",
            "summary": "Income, spending and funding sources, in detail and in plain language.",
            "body": (
                (
                    "p",
                    "As every year, we are publishing our financial report. This year it comes with a short plain-language summary, so that every member and every citizen can read it easily.",
                ),
                (
                    "p",
                    "Most of our income came from European programmes. Membership fees covered the fixed running costs.",
                ),
                ("p", "If you have questions about the figures, please contact our office."),
            ),
        },
    ),
    DemoArticle(
        slug="synergasia-dimoi-dytikis-attikis",
        title="Συνεργασία με δήμους της Δυτικής Αττικής για την τοπική απασχόληση",
        summary="Μνημόνιο συνεργασίας για συμβουλευτική σε ανέργους και στήριξη νέων κοινωνικών επιχειρήσεων.",
        published=at(7, 6),
        topics=("Τοπική ανάπτυξη", "Κοινωνική οικονομία"),
        authors=("Ελένη Γεωργίου",),
        body=(
            (
                "p",
                "Τρεις δήμοι της Δυτικής Αττικής και η ΠΕΣΚΟ υπέγραψαν μνημόνιο συνεργασίας για την τοπική απασχόληση. Στόχος είναι να βρουν δουλειά άνθρωποι που μένουν εκτός αγοράς εργασίας για μεγάλο διάστημα.",
            ),
            (
                "p",
                "Τα γραφεία συμβουλευτικής θα λειτουργούν στα δημαρχεία δύο φορές την εβδομάδα. Όσοι θέλουν να ιδρύσουν κοινωνική επιχείρηση θα έχουν δωρεάν καθοδήγηση.",
            ),
        ),
        picture=DemoPicture(
            "Τοπική απασχόληση",
            "#4a2c6f",
            "#b07cc6",
            "triangle",
            "Αφηρημένο σχέδιο σε μωβ αποχρώσεις με λευκό τρίγωνο",
            "Τα γραφεία συμβουλευτικής θα λειτουργούν στα δημαρχεία.",
            "Abstract purple pattern with a white triangle",
            "The advice desks will be in the town halls.",
        ),
        english={
            "slug": "partnership-west-attica-municipalities",
            "title": "Working with West Attica municipalities on local employment",
            "summary": "A memorandum of cooperation on advice for unemployed people and support for new social enterprises.",
            "body": (
                (
                    "p",
                    "Three municipalities of West Attica and PESKO signed a memorandum of cooperation on local employment. The aim is to help people who have been out of work for a long time find a job.",
                ),
                (
                    "p",
                    "Advice desks will open in the town halls twice a week. People who want to found a social enterprise will get free guidance.",
                ),
            ),
        },
    ),
    DemoArticle(
        slug="koinoniko-pantopoleio-larisas-pente-chronia",
        title="Πέντε χρόνια λειτουργίας για το κοινωνικό παντοπωλείο της Λάρισας",
        summary="Ένα δίκτυο εθελοντών, παραγωγών και καταστημάτων στηρίζει κάθε μήνα εκατοντάδες οικογένειες.",
        published=at(8, 3),
        topics=("Κοινωνική οικονομία", "Εθελοντισμός"),
        authors=("Μαρία Παπαδοπούλου",),
        body=(
            (
                "p",
                "Το κοινωνικό παντοπωλείο της Λάρισας γιορτάζει πέντε χρόνια λειτουργίας. Κάθε μήνα εξυπηρετεί περίπου τριακόσιες οικογένειες με τρόφιμα και είδη πρώτης ανάγκης.",
            ),
            (
                "p",
                "Τη δουλειά την κάνουν σαράντα εθελοντές, με τη στήριξη τοπικών παραγωγών και καταστημάτων που δίνουν τα πλεονάσματά τους αντί να τα πετάξουν.",
            ),
        ),
    ),
    DemoArticle(
        slug="imerida-esf-plus",
        title="Ενημερωτική ημερίδα για το πρόγραμμα ESF+ και την κοινωνική καινοτομία",
        summary="Τι χρηματοδοτεί το Ευρωπαϊκό Κοινωνικό Ταμείο+ και πώς ετοιμάζουμε μια καλή πρόταση.",
        published=at(8, 24),
        topics=("Χρηματοδότηση",),
        authors=("Νίκος Αντωνίου",),
        body=(
            (
                "p",
                "Στις 15 Σεπτεμβρίου οργανώνουμε ενημερωτική ημερίδα για το Ευρωπαϊκό Κοινωνικό Ταμείο+. Θα παρουσιαστούν οι ανοιχτές προσκλήσεις για την κοινωνική καινοτομία και την κοινωνική ένταξη.",
            ),
            ("h2", "Για ποιους είναι"),
            (
                "p",
                "Για στελέχη μη κερδοσκοπικών οργανώσεων που γράφουν προτάσεις ή θέλουν να ξεκινήσουν. Θα υπάρξει χρόνος για ερωτήσεις πάνω σε συγκεκριμένες ιδέες.",
            ),
        ),
    ),
    DemoArticle(
        slug="neo-yliko-gia-ethelontes",
        title="Νέο εκπαιδευτικό υλικό για την υποδοχή εθελοντών",
        summary="Φυλλάδια, παρουσιάσεις και ένα πρότυπο συμφωνητικό για τις οργανώσεις-μέλη.",
        published=at(9, 14),
        topics=("Εθελοντισμός",),
        authors=("Ελένη Γεωργίου",),
        body=(
            (
                "p",
                "Ετοιμάσαμε νέο υλικό που βοηθά τις οργανώσεις να υποδέχονται σωστά τους νέους εθελοντές: ένα φυλλάδιο καλωσορίσματος, μια σύντομη παρουσίαση και ένα πρότυπο συμφωνητικό εθελοντικής συνεργασίας.",
            ),
            (
                "p",
                "Το υλικό διατίθεται δωρεάν στις οργανώσεις-μέλη και μπορεί να προσαρμοστεί στις ανάγκες της καθεμιάς.",
            ),
        ),
    ),
    DemoArticle(
        slug="energeiaki-koinotita-scholeia",
        title="Φωτοβολταϊκά σε στέγες σχολείων μέσω ενεργειακής κοινότητας",
        summary="Γονείς, εκπαιδευτικοί και ο δήμος ενώνουν δυνάμεις για φθηνότερο και καθαρότερο ρεύμα.",
        published=at(10, 5),
        topics=("Περιβάλλον", "Τοπική ανάπτυξη"),
        authors=("Μαρία Παπαδοπούλου",),
        body=(
            (
                "p",
                "Μια νέα ενεργειακή κοινότητα στη Βόρεια Ελλάδα θα τοποθετήσει φωτοβολταϊκά στις στέγες πέντε σχολείων. Μέλη της είναι γονείς, εκπαιδευτικοί, ο δήμος και δύο τοπικές επιχειρήσεις.",
            ),
            (
                "p",
                "Η ενέργεια που θα παράγεται θα μειώσει τους λογαριασμούς των σχολείων, ενώ το πλεόνασμα θα στηρίζει ευάλωτα νοικοκυριά της περιοχής.",
            ),
        ),
        picture=DemoPicture(
            "Ενεργειακή κοινότητα",
            "#2f6b2f",
            "#a6cf5a",
            "circle",
            "Αφηρημένο σχέδιο σε πράσινες αποχρώσεις με λευκό κύκλο",
            "Πέντε σχολεία θα αποκτήσουν φωτοβολταϊκά.",
        ),
    ),
    DemoArticle(
        slug="psifiaka-ergaleia-webinars",
        title="Ψηφιακά εργαλεία για μικρές οργανώσεις: κύκλος διαδικτυακών σεμιναρίων",
        summary="Τέσσερις συναντήσεις για κοινόχρηστα έγγραφα, ασφαλή αποθήκευση αρχείων και επικοινωνία με τα μέλη.",
        published=at(10, 26),
        topics=("Κοινωνική οικονομία",),
        authors=("Ελένη Γεωργίου",),
        body=(
            (
                "p",
                "Ξεκινά κύκλος τεσσάρων διαδικτυακών σεμιναρίων για ψηφιακά εργαλεία που κάνουν πιο εύκολη τη δουλειά των μικρών οργανώσεων.",
            ),
            (
                "p",
                "Θα δούμε πώς μοιραζόμαστε έγγραφα με ασφάλεια, πώς κρατάμε αντίγραφα των αρχείων μας και πώς ενημερώνουμε τα μέλη χωρίς να χάνεται η πληροφορία.",
            ),
        ),
    ),
    DemoArticle(
        slug="nea-meli-kriti-ipeiros",
        title="Νέα μέλη στο δίκτυο της ΠΕΣΚΟ από την Κρήτη και την Ήπειρο",
        summary="Δύο συμπράξεις και τρεις κοινωνικές επιχειρήσεις εντάσσονται στο δίκτυο.",
        published=at(11, 16),
        topics=("Κοινωνική οικονομία", "Τοπική ανάπτυξη"),
        authors=("Μαρία Παπαδοπούλου",),
        body=(
            (
                "p",
                "Το διοικητικό συμβούλιο ενέκρινε την ένταξη πέντε νέων μελών. Ανάμεσά τους μια σύμπραξη από το Ηράκλειο που δουλεύει με αγρότες της περιοχής και μια κοινωνική επιχείρηση από τα Ιωάννινα που φτιάχνει εκπαιδευτικά παιχνίδια.",
            ),
            ("p", "Με τα νέα μέλη το δίκτυο φτάνει σε όλες τις περιφέρειες της χώρας."),
        ),
        related=("geniki-synelefsi-2026",),
    ),
]

NEWS_INDEX = {
    "title": "Νέα",
    "slug": "nea",
    "summary": "Ειδήσεις από την ΠΕΣΚΟ και τα μέλη της.",
    "intro": "<p>Ειδήσεις, προσκλήσεις και εκδηλώσεις από την ΠΕΣΚΟ και τις οργανώσεις-μέλη της.</p>",
}
NEWS_INDEX_EN = {
    "Νέα": "News",
    "nea": "news",
    "Ειδήσεις από την ΠΕΣΚΟ και τα μέλη της.": "News from PESKO and its members.",
    "Ειδήσεις, προσκλήσεις και εκδηλώσεις από την ΠΕΣΚΟ και τις οργανώσεις-μέλη της.": (
        "News, calls and events from PESKO and its member organisations."
    ),
}
