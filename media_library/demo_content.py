"""The demo Radio and TV content, Greek first with English where a show is translated (used by seed.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

ATHENS = ZoneInfo("Europe/Athens")


def at(day: str) -> datetime:
    return datetime.fromisoformat(f"{day}T10:00").replace(tzinfo=ATHENS)


@dataclass(frozen=True)
class DemoSection:
    """A ShowIndexPage: Radio or TV."""

    medium: str
    title: str
    slug: str
    summary: str
    intro: str
    en: dict[str, str]


@dataclass(frozen=True)
class DemoEpisode:
    """One episode: its words, when it aired, its chapters (start s, title) and transcript (start, end, text)."""

    slug: str
    title: str
    summary: str
    notes: str
    published: datetime
    number: int
    chapters: list[tuple[float, str]]
    transcript: list[tuple[float, float, str]]
    speaker: str = ""
    episode_type: str = "full"
    guests: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    en: dict | None = None


@dataclass(frozen=True)
class DemoShow:
    """A ShowPage with its episodes."""

    medium: str
    title: str
    slug: str
    summary: str
    description: str
    author: str
    colour: tuple[int, int, int]
    episodes: list[DemoEpisode]
    apple_category: str = "Business > Non-Profit"
    en: dict | None = None


SECTIONS = [
    DemoSection(
        medium="audio",
        title="Ραδιόφωνο",
        slug="radiofono",
        summary="Εκπομπές για την κοινωνική οικονομία, να τις ακούτε όπου κι αν βρίσκεστε.",
        intro="<p>Συζητήσεις με ανθρώπους που στήνουν συνεταιρισμούς, συμπράξεις και δίκτυα αλληλεγγύης.</p>",
        en={
            "Ραδιόφωνο": "Radio",
            "radiofono": "radio",
            "Εκπομπές για την κοινωνική οικονομία, να τις ακούτε όπου κι αν βρίσκεστε.": (
                "Shows about the social economy, to listen to wherever you are."
            ),
            "Συζητήσεις με ανθρώπους που στήνουν συνεταιρισμούς, συμπράξεις και δίκτυα αλληλεγγύης.": (
                "Conversations with people who set up cooperatives, partnerships and solidarity networks."
            ),
        },
    ),
    DemoSection(
        medium="video",
        title="Τηλεόραση",
        slug="tileorasi",
        summary="Μικρές ταινίες από τη δουλειά των μελών μας σε όλη τη χώρα.",
        intro="<p>Βλέπουμε από κοντά πώς δουλεύουν οι οργανώσεις της κοινωνικής οικονομίας.</p>",
        en={
            "Τηλεόραση": "TV",
            "tileorasi": "tv",
            "Μικρές ταινίες από τη δουλειά των μελών μας σε όλη τη χώρα.": (
                "Short films about the work of our members across the country."
            ),
            "Βλέπουμε από κοντά πώς δουλεύουν οι οργανώσεις της κοινωνικής οικονομίας.": (
                "A close look at how social economy organisations work."
            ),
        },
    ),
]

TOPICS = {
    "Κοινωνική οικονομία": "Social economy",
    "Εθελοντισμός": "Volunteering",
    "Τοπική ανάπτυξη": "Local development",
}

PEOPLE = {
    "Ελένη Μαυρίδου": ("Συντονίστρια δικτύου", "Eleni Mavridou", "Network coordinator"),
    "Νίκος Παπαδάκης": ("Πρόεδρος συνεταιρισμού", "Nikos Papadakis", "Cooperative chair"),
}

VOICES = DemoShow(
    medium="audio",
    title="Φωνές της Κοινωνικής Οικονομίας",
    slug="fones-koinonikis-oikonomias",
    summary="Κάθε εβδομάδα ένα μέλος της ΠΕΣΚΟ μάς λέει πώς δουλεύει η οργάνωσή του.",
    description=(
        "<p>Μια εκπομπή συζητήσεων για όσους θέλουν να καταλάβουν την κοινωνική οικονομία από μέσα: "
        "πώς ξεκινά μια σύμπραξη, ποιος αποφασίζει και πού πηγαίνει το πλεόνασμα.</p>"
    ),
    author="ΠΕΣΚΟ",
    colour=(18, 52, 86),
    en={
        "Φωνές της Κοινωνικής Οικονομίας": "Voices of the Social Economy",
        "fones-koinonikis-oikonomias": "voices-of-the-social-economy",
        "Κάθε εβδομάδα ένα μέλος της ΠΕΣΚΟ μάς λέει πώς δουλεύει η οργάνωσή του.": (
            "Every week a PESKO member tells us how their organisation works."
        ),
        "Μια εκπομπή συζητήσεων για όσους θέλουν να καταλάβουν την κοινωνική οικονομία από μέσα: "
        "πώς ξεκινά μια σύμπραξη, ποιος αποφασίζει και πού πηγαίνει το πλεόνασμα.": (
            "A talk show for anyone who wants to understand the social economy from the inside: "
            "how a partnership starts, who decides, and where the surplus goes."
        ),
        "ΠΕΣΚΟ": "PESKO",
    },
    episodes=[
        DemoEpisode(
            slug="kalos-irthate",
            title="Καλώς ήρθατε στις Φωνές",
            summary="Ένα λεπτό για το τι θα ακούσετε στην εκπομπή.",
            notes="<p>Σύντομη γνωριμία με την εκπομπή και τους ανθρώπους της.</p>",
            published=at("2025-09-01"),
            number=0,
            episode_type="trailer",
            speaker="Ελένη",
            chapters=[(0, "Καλωσόρισμα"), (3, "Τι έρχεται")],
            transcript=[
                (0.0, 2.0, "Καλώς ήρθατε στις Φωνές της Κοινωνικής Οικονομίας."),
                (2.0, 4.0, "Κάθε εβδομάδα συναντάμε ένα μέλος της ΠΕΣΚΟ."),
                (4.0, 6.0, "Ακούστε μας όπου κι αν βρίσκεστε."),
            ],
            topics=["Κοινωνική οικονομία"],
            en={
                "Καλώς ήρθατε στις Φωνές": "Welcome to Voices",
                "kalos-irthate": "welcome",
                "Ένα λεπτό για το τι θα ακούσετε στην εκπομπή.": "A minute on what you will hear on the show.",
                "Σύντομη γνωριμία με την εκπομπή και τους ανθρώπους της.": (
                    "A short introduction to the show and its people."
                ),
                "Καλωσόρισμα": "Welcome",
                "Τι έρχεται": "Coming up",
                "transcript": [
                    (0.0, 2.0, "Welcome to Voices of the Social Economy."),
                    (2.0, 4.0, "Every week we meet a member of PESKO."),
                    (4.0, 6.0, "Listen wherever you are."),
                ],
            },
        ),
        DemoEpisode(
            slug="ti-einai-mia-koinoniki-symprazi",
            title="Τι είναι μια κοινωνική σύμπραξη;",
            summary="Η Ελένη Μαυρίδου εξηγεί πώς συνεργάζονται δήμοι, οργανώσεις και επιχειρήσεις.",
            notes="<p>Πώς συγκροτείται μια σύμπραξη, ποιοι συμμετέχουν και γιατί μετράει η διαφάνεια.</p>",
            published=at("2025-09-08"),
            number=1,
            speaker="Ελένη",
            chapters=[(0, "Ορισμός"), (2, "Ποιοι συμμετέχουν"), (4, "Διαφάνεια")],
            transcript=[
                (0.0, 2.0, "Μια σύμπραξη φέρνει κοντά φορείς με κοινό στόχο."),
                (2.0, 4.0, "Συμμετέχουν δήμοι, οργανώσεις και μικρές επιχειρήσεις."),
                (4.0, 6.0, "Η διαφάνεια κρατά τη συνεργασία ζωντανή."),
            ],
            guests=["Ελένη Μαυρίδου"],
            topics=["Κοινωνική οικονομία", "Τοπική ανάπτυξη"],
            en={
                "Τι είναι μια κοινωνική σύμπραξη;": "What is a social partnership?",
                "ti-einai-mia-koinoniki-symprazi": "what-is-a-social-partnership",
                "Η Ελένη Μαυρίδου εξηγεί πώς συνεργάζονται δήμοι, οργανώσεις και επιχειρήσεις.": (
                    "Eleni Mavridou explains how municipalities, organisations and businesses work together."
                ),
                "Πώς συγκροτείται μια σύμπραξη, ποιοι συμμετέχουν και γιατί μετράει η διαφάνεια.": (
                    "How a partnership is formed, who takes part, and why transparency matters."
                ),
                "Ορισμός": "Definition",
                "Ποιοι συμμετέχουν": "Who takes part",
                "Διαφάνεια": "Transparency",
                "transcript": [
                    (0.0, 2.0, "A partnership brings together bodies with a shared goal."),
                    (2.0, 4.0, "Municipalities, organisations and small businesses take part."),
                    (4.0, 6.0, "Transparency keeps the cooperation alive."),
                ],
            },
        ),
        DemoEpisode(
            slug="synetairismoi-gynaikon",
            title="Συνεταιρισμοί γυναικών στην ύπαιθρο",
            summary="Από το εργαστήρι στο ράφι: ο Νίκος Παπαδάκης για τα τοπικά προϊόντα.",
            notes="<p>Οι γυναικείοι συνεταιρισμοί κρατούν ζωντανά τα χωριά και τις τοπικές συνταγές.</p>",
            published=at("2025-09-15"),
            number=2,
            speaker="Νίκος",
            chapters=[(0, "Η αρχή"), (3, "Πωλήσεις και δίκτυα")],
            transcript=[
                (0.0, 3.0, "Ξεκινήσαμε με δέκα γυναίκες και ένα κοινό εργαστήρι."),
                (3.0, 6.0, "Σήμερα πουλάμε σε όλη την Ελλάδα μέσα από δίκτυα."),
            ],
            guests=["Νίκος Παπαδάκης"],
            topics=["Κοινωνική οικονομία"],
            en={
                "Συνεταιρισμοί γυναικών στην ύπαιθρο": "Women's cooperatives in the countryside",
                "synetairismoi-gynaikon": "womens-cooperatives",
                "Από το εργαστήρι στο ράφι: ο Νίκος Παπαδάκης για τα τοπικά προϊόντα.": (
                    "From the workshop to the shelf: Nikos Papadakis on local products."
                ),
                "Οι γυναικείοι συνεταιρισμοί κρατούν ζωντανά τα χωριά και τις τοπικές συνταγές.": (
                    "Women's cooperatives keep villages and local recipes alive."
                ),
                "Η αρχή": "The beginning",
                "Πωλήσεις και δίκτυα": "Sales and networks",
                "transcript": [
                    (0.0, 3.0, "We started with ten women and a shared workshop."),
                    (3.0, 6.0, "Today we sell across Greece through networks."),
                ],
            },
        ),
        DemoEpisode(
            slug="ethelontismos-kai-mathisi",
            title="Εθελοντισμός και δια βίου μάθηση",
            summary="Πώς ο εθελοντισμός γίνεται δρόμος για νέες δεξιότητες.",
            notes="<p>Μιλάμε για προγράμματα κατάρτισης που στηρίζονται σε εθελοντές.</p>",
            published=at("2025-09-22"),
            number=3,
            speaker="Ελένη",
            chapters=[(0, "Εθελοντές"), (2, "Κατάρτιση"), (4, "Πώς συμμετέχετε")],
            transcript=[
                (0.0, 2.0, "Ο εθελοντής μαθαίνει όσο προσφέρει."),
                (2.0, 4.0, "Τα προγράμματα κατάρτισης είναι ανοιχτά σε όλους."),
                (4.0, 6.0, "Γράψτε το όνομά σας στην τοπική σύμπραξη."),
            ],
            guests=["Ελένη Μαυρίδου"],
            topics=["Εθελοντισμός"],
            en={
                "Εθελοντισμός και δια βίου μάθηση": "Volunteering and lifelong learning",
                "ethelontismos-kai-mathisi": "volunteering-and-learning",
                "Πώς ο εθελοντισμός γίνεται δρόμος για νέες δεξιότητες.": (
                    "How volunteering becomes a way to new skills."
                ),
                "Μιλάμε για προγράμματα κατάρτισης που στηρίζονται σε εθελοντές.": (
                    "We talk about training programmes that rely on volunteers."
                ),
                "Εθελοντές": "Volunteers",
                "Κατάρτιση": "Training",
                "Πώς συμμετέχετε": "How to take part",
                "transcript": [
                    (0.0, 2.0, "Volunteers learn while they give."),
                    (2.0, 4.0, "The training programmes are open to everyone."),
                    (4.0, 6.0, "Sign up with your local partnership."),
                ],
            },
        ),
    ],
)

LOCAL = DemoShow(
    medium="audio",
    title="Τοπική Ανάπτυξη στο Μικρόφωνο",
    slug="topiki-anaptyxi-sto-mikrofono",
    summary="Ιστορίες από πόλεις και χωριά που δοκιμάζουν νέους τρόπους να ζουν και να δουλεύουν.",
    description="<p>Ενέργεια, τροφή και πολιτισμός: μικρές λύσεις που ξεκίνησαν από τη γειτονιά.</p>",
    author="ΠΕΣΚΟ",
    colour=(46, 94, 62),
    apple_category="Society & Culture > Places & Travel",
    episodes=[
        DemoEpisode(
            slug="energeia-apo-ti-geitonia",
            title="Ενέργεια από τη γειτονιά",
            summary="Μια ενεργειακή κοινότητα εξηγεί πώς μοιράζει το ρεύμα των φωτοβολταϊκών της.",
            notes="<p>Τι χρειάζεται για να ιδρυθεί μια ενεργειακή κοινότητα και ποιος ωφελείται.</p>",
            published=at("2025-10-06"),
            number=1,
            speaker="Νίκος",
            chapters=[(0, "Η ιδέα"), (3, "Τα πρώτα πάνελ")],
            transcript=[
                (0.0, 3.0, "Η στέγη του σχολείου έγινε μικρός σταθμός ενέργειας."),
                (3.0, 6.0, "Το ρεύμα πηγαίνει πρώτα σε ευάλωτα νοικοκυριά."),
            ],
            guests=["Νίκος Παπαδάκης"],
            topics=["Τοπική ανάπτυξη"],
        ),
        DemoEpisode(
            slug="trofima-xoris-spatali",
            title="Τρόφιμα χωρίς σπατάλη",
            summary="Ένα κοινωνικό παντοπωλείο συνεργάζεται με τις λαϊκές αγορές της πόλης.",
            notes="<p>Πώς φτάνουν στα τραπέζια τα τρόφιμα που περισσεύουν.</p>",
            published=at("2025-10-13"),
            number=2,
            speaker="Ελένη",
            chapters=[(0, "Στη λαϊκή"), (2, "Η διανομή"), (4, "Εθελοντές")],
            transcript=[
                (0.0, 2.0, "Κάθε Σάββατο μαζεύουμε ό,τι δεν πουλήθηκε."),
                (2.0, 4.0, "Το μοιράζουμε την ίδια μέρα."),
                (4.0, 6.0, "Χρειαζόμαστε πάντα χέρια για τη διανομή."),
            ],
            topics=["Εθελοντισμός", "Τοπική ανάπτυξη"],
        ),
        DemoEpisode(
            slug="politistiki-klironomia",
            title="Πολιτιστική κληρονομιά και νέοι δημιουργοί",
            summary="Νέοι καλλιτέχνες δίνουν ξανά ζωή σε ένα παλιό αρχοντικό.",
            notes="<p>Ένα κτίριο που έκλεισε ξανανοίγει ως χώρος για εργαστήρια και εκθέσεις.</p>",
            published=at("2025-10-20"),
            number=3,
            speaker="Νίκος",
            chapters=[(0, "Το κτίριο"), (3, "Τα εργαστήρια")],
            transcript=[
                (0.0, 3.0, "Το αρχοντικό έμεινε κλειστό είκοσι χρόνια."),
                (3.0, 6.0, "Τώρα φιλοξενεί εργαστήρια για παιδιά και ενήλικες."),
            ],
            topics=["Τοπική ανάπτυξη"],
        ),
    ],
)

TV = DemoShow(
    medium="video",
    title="Συμπράξεις σε Δράση",
    slug="sympraxeis-se-drasi",
    summary="Η κάμερα ακολουθεί τα μέλη της ΠΕΣΚΟ στη δουλειά τους.",
    description="<p>Σύντομα ντοκιμαντέρ για ανθρώπους και οργανώσεις που αλλάζουν τον τόπο τους.</p>",
    author="ΠΕΣΚΟ",
    colour=(120, 40, 60),
    apple_category="Society & Culture > Documentary",
    en={
        "Συμπράξεις σε Δράση": "Partnerships in Action",
        "sympraxeis-se-drasi": "partnerships-in-action",
        "Η κάμερα ακολουθεί τα μέλη της ΠΕΣΚΟ στη δουλειά τους.": "The camera follows PESKO members at work.",
        "Σύντομα ντοκιμαντέρ για ανθρώπους και οργανώσεις που αλλάζουν τον τόπο τους.": (
            "Short documentaries about people and organisations changing their home towns."
        ),
        "ΠΕΣΚΟ": "PESKO",
    },
    episodes=[
        DemoEpisode(
            slug="koinoniko-pantopoleio",
            title="Μια μέρα σε ένα κοινωνικό παντοπωλείο",
            summary="Από το πρωινό φόρτωμα ως την τελευταία διανομή.",
            notes="<p>Γυρίσαμε μια ολόκληρη μέρα με τους εθελοντές του παντοπωλείου.</p>",
            published=at("2025-11-03"),
            number=1,
            speaker="Αφηγήτρια",
            chapters=[(0, "Πρωί"), (3, "Διανομή")],
            transcript=[
                (0.0, 3.0, "Στις οκτώ το πρωί φτάνει το πρώτο φορτηγό."),
                (3.0, 6.0, "Μέχρι το μεσημέρι έχουν εξυπηρετηθεί εκατό οικογένειες."),
            ],
            topics=["Εθελοντισμός"],
            en={
                "Μια μέρα σε ένα κοινωνικό παντοπωλείο": "A day at a social grocery",
                "koinoniko-pantopoleio": "a-day-at-a-social-grocery",
                "Από το πρωινό φόρτωμα ως την τελευταία διανομή.": "From the morning delivery to the last hand-out.",
                "Γυρίσαμε μια ολόκληρη μέρα με τους εθελοντές του παντοπωλείου.": (
                    "We spent a whole day filming with the grocery's volunteers."
                ),
                "Πρωί": "Morning",
                "Διανομή": "Hand-out",
                "transcript": [
                    (0.0, 3.0, "At eight in the morning the first lorry arrives."),
                    (3.0, 6.0, "By noon a hundred families have been served."),
                ],
            },
        ),
        DemoEpisode(
            slug="ergastiri-epanaxrisis",
            title="Το εργαστήρι επανάχρησης",
            summary="Παλιά έπιπλα παίρνουν δεύτερη ζωή και δίνουν δουλειά.",
            notes="<p>Ένα εργαστήρι όπου άνεργοι μαθαίνουν ξυλουργική επισκευάζοντας έπιπλα.</p>",
            published=at("2025-11-10"),
            number=2,
            speaker="Αφηγήτρια",
            chapters=[(0, "Συλλογή"), (2, "Επισκευή"), (4, "Νέοι ιδιοκτήτες")],
            transcript=[
                (0.0, 2.0, "Τα έπιπλα έρχονται από δωρεές."),
                (2.0, 4.0, "Οι εκπαιδευόμενοι τα επισκευάζουν."),
                (4.0, 6.0, "Ύστερα πηγαίνουν σε σπίτια που τα χρειάζονται."),
            ],
            topics=["Κοινωνική οικονομία"],
            en={
                "Το εργαστήρι επανάχρησης": "The reuse workshop",
                "ergastiri-epanaxrisis": "the-reuse-workshop",
                "Παλιά έπιπλα παίρνουν δεύτερη ζωή και δίνουν δουλειά.": (
                    "Old furniture gets a second life and creates jobs."
                ),
                "Ένα εργαστήρι όπου άνεργοι μαθαίνουν ξυλουργική επισκευάζοντας έπιπλα.": (
                    "A workshop where unemployed people learn carpentry by repairing furniture."
                ),
                "Συλλογή": "Collection",
                "Επισκευή": "Repair",
                "Νέοι ιδιοκτήτες": "New owners",
                "transcript": [
                    (0.0, 2.0, "The furniture comes from donations."),
                    (2.0, 4.0, "The trainees repair it."),
                    (4.0, 6.0, "Then it goes to homes that need it."),
                ],
            },
        ),
        DemoEpisode(
            slug="synelefsi-melon",
            title="Η ετήσια συνέλευση των μελών",
            summary="Στιγμές από τη συνάντηση των συμπράξεων στην Αθήνα.",
            notes="<p>Απολογισμός της χρονιάς και ψηφοφορία για τις προτεραιότητες της επόμενης.</p>",
            published=at("2025-11-17"),
            number=3,
            speaker="Αφηγήτρια",
            chapters=[(0, "Απολογισμός"), (3, "Ψηφοφορία")],
            transcript=[
                (0.0, 3.0, "Εκπρόσωποι από δεκαπέντε συμπράξεις ήρθαν στην Αθήνα."),
                (3.0, 6.0, "Ψήφισαν τις προτεραιότητες για τη νέα χρονιά."),
            ],
            topics=["Κοινωνική οικονομία"],
            en={
                "Η ετήσια συνέλευση των μελών": "The annual members' meeting",
                "synelefsi-melon": "annual-members-meeting",
                "Στιγμές από τη συνάντηση των συμπράξεων στην Αθήνα.": (
                    "Moments from the partnerships' meeting in Athens."
                ),
                "Απολογισμός της χρονιάς και ψηφοφορία για τις προτεραιότητες της επόμενης.": (
                    "A review of the year and a vote on next year's priorities."
                ),
                "Απολογισμός": "Review",
                "Ψηφοφορία": "Vote",
                "transcript": [
                    (0.0, 3.0, "Representatives of fifteen partnerships came to Athens."),
                    (3.0, 6.0, "They voted on the priorities for the new year."),
                ],
            },
        ),
    ],
)

SHOWS = [VOICES, LOCAL, TV]
EPISODE_SECONDS = 6.0
