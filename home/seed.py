"""Demo home pages in Greek and English, plus the "About" and "Contact" pages."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Page, Site

from core.demo import SeedContext
from core.localize import translate_with_strings
from home.models import HomePage, StandardPage

HOME_EL = {
    "title": "Αρχική",
    "slug": "el",
    "hero_heading": "Κοινωνική οικονομία, από κοινού",
    "summary": "Η ΠΕΣΚΟ ενώνει συμπράξεις και οργανώσεις της κοινωνικής οικονομίας από όλη την Ελλάδα.",
    "intro": (
        "<p>Η ΠΕΣΚΟ είναι η πανελλήνια ένωση των κοινωνικών αναπτυξιακών συμπράξεων. "
        "Από το 2012 στηρίζει εθελοντικές οργανώσεις που δουλεύουν για την αλληλεγγύη, "
        "την απασχόληση και την τοπική ανάπτυξη.</p>"
    ),
}
HOME_BODY_EL = [
    ("heading", {"text": "Ποιοι είμαστε", "level": "h2"}),
    (
        "paragraph",
        "<p>Ιδρυθήκαμε στην Αθήνα τον Αύγουστο του 2012 ως αστική μη κερδοσκοπική εταιρεία. "
        "Σήμερα μέλη μας είναι περισσότερες από δεκαπέντε συμπράξεις και δίκτυα, μαζί με πολλές "
        "ακόμη εθελοντικές οργανώσεις της κοινωνικής οικονομίας.</p>",
    ),
    ("heading", {"text": "Τι επιδιώκουμε", "level": "h2"}),
    (
        "paragraph",
        "<ul><li>Εργαλεία και υποδομές για την κοινωνική και αλληλέγγυα οικονομία</li>"
        "<li>Τοπική απασχόληση και καταπολέμηση της φτώχειας</li>"
        "<li>Εθελοντισμό και δια βίου μάθηση</li>"
        "<li>Βιώσιμη τοπική ανάπτυξη και φροντίδα για το περιβάλλον</li>"
        "<li>Διαφάνεια και χρηστή διαχείριση στη συνεργασία με τους δημόσιους φορείς</li></ul>",
    ),
    ("heading", {"text": "Γνώση και ενημέρωση για όλους", "level": "h2"}),
    (
        "paragraph",
        "<p>Δύο από τις πρώτες μας προτεραιότητες βρίσκονται σε αυτόν τον ιστότοπο: μια βάση γνώσης "
        "με πρακτικούς οδηγούς για μη κερδοσκοπικούς φορείς και ένα οριζόντιο σύστημα επικοινωνίας "
        "με ειδήσεις, ραδιοφωνικές και τηλεοπτικές εκπομπές.</p>",
    ),
]
HOME_EN = {
    "el": "en",
    "Αρχική": "Home",
    "Κοινωνική οικονομία, από κοινού": "Social economy, together",
    HOME_EL[
        "summary"
    ]: "PESKO brings together social economy partnerships and organisations from all over Greece.",
    "Η ΠΕΣΚΟ είναι η πανελλήνια ένωση των κοινωνικών αναπτυξιακών συμπράξεων. "
    "Από το 2012 στηρίζει εθελοντικές οργανώσεις που δουλεύουν για την αλληλεγγύη, "
    "την απασχόληση και την τοπική ανάπτυξη.": (
        "PESKO is the nationwide union of social development partnerships in Greece. "
        "Since 2012 it has supported voluntary organisations working for solidarity, "
        "employment and local development."
    ),
    "Ποιοι είμαστε": "Who we are",
    "Ιδρυθήκαμε στην Αθήνα τον Αύγουστο του 2012 ως αστική μη κερδοσκοπική εταιρεία. "
    "Σήμερα μέλη μας είναι περισσότερες από δεκαπέντε συμπράξεις και δίκτυα, μαζί με πολλές "
    "ακόμη εθελοντικές οργανώσεις της κοινωνικής οικονομίας.": (
        "We were founded in Athens in August 2012 as a non-profit civil company. "
        "Our members today are more than fifteen partnerships and networks, together with many "
        "other voluntary organisations of the social economy."
    ),
    "Τι επιδιώκουμε": "What we work for",
    "Εργαλεία και υποδομές για την κοινωνική και αλληλέγγυα οικονομία": (
        "Tools and infrastructure for the social and solidarity economy"
    ),
    "Τοπική απασχόληση και καταπολέμηση της φτώχειας": "Local employment and the fight against poverty",
    "Εθελοντισμό και δια βίου μάθηση": "Volunteering and lifelong learning",
    "Βιώσιμη τοπική ανάπτυξη και φροντίδα για το περιβάλλον": "Sustainable local development and care for the environment",
    "Διαφάνεια και χρηστή διαχείριση στη συνεργασία με τους δημόσιους φορείς": (
        "Transparency and sound management when working with public bodies"
    ),
    "Γνώση και ενημέρωση για όλους": "Knowledge and news for everyone",
    "Δύο από τις πρώτες μας προτεραιότητες βρίσκονται σε αυτόν τον ιστότοπο: μια βάση γνώσης "
    "με πρακτικούς οδηγούς για μη κερδοσκοπικούς φορείς και ένα οριζόντιο σύστημα επικοινωνίας "
    "με ειδήσεις, ραδιοφωνικές και τηλεοπτικές εκπομπές.": (
        "Two of our first priorities live on this website: a knowledge base of practical guides "
        "for non-profits, and a horizontal communication system with news, radio and TV shows."
    ),
}

ABOUT_EL = {
    "title": "Η ΠΕΣΚΟ",
    "slug": "i-pesko",
    "summary": "Ποιοι είμαστε, τι κάνουμε και με ποιους συνεργαζόμαστε.",
    "body": [
        (
            "paragraph",
            "<p>Η ΠΕΣΚΟ συνεργάζεται με δήμους και περιφέρειες, με ιδιωτικές επιχειρήσεις και με "
            "συλλογικές οργανώσεις, σχεδιάζει και υλοποιεί ευρωπαϊκά προγράμματα και αναλαμβάνει "
            "συμβουλευτικό και συντονιστικό ρόλο στις δράσεις των μελών της.</p>",
        ),
        ("heading", {"text": "Οι άξονες της δράσης μας", "level": "h2"}),
        (
            "paragraph",
            "<ul><li>Προστασία της υγείας και θεσμοί αλληλεγγύης για την κοινωνική συνοχή</li>"
            "<li>Πολιτιστική κληρονομιά και σύγχρονη δημιουργία</li>"
            "<li>Πρόσβαση στην εκπαίδευση και συνεχής κατάρτιση</li>"
            "<li>Εναλλακτικές μορφές ενέργειας και υγιεινή διατροφή</li>"
            "<li>Μελέτες και πρωτοβουλίες ανθρωπιστικής και αναπτυξιακής βοήθειας</li></ul>",
        ),
        ("heading", {"text": "Τα επόμενα βήματα", "level": "h2"}),
        (
            "paragraph",
            "<p>Οργανώνουμε τον εθελοντισμό ως κοινωνικό κεφάλαιο, με στόχο μια «ηθική τράπεζα» και "
            "αναπτυξιακές εταιρείες νέου τύπου για την πράσινη ανάπτυξη.</p>",
        ),
    ],
}
ABOUT_EN = {
    "i-pesko": "about-pesko",
    "Η ΠΕΣΚΟ": "About PESKO",
    ABOUT_EL["summary"]: "Who we are, what we do and who we work with.",
    "Η ΠΕΣΚΟ συνεργάζεται με δήμους και περιφέρειες, με ιδιωτικές επιχειρήσεις και με "
    "συλλογικές οργανώσεις, σχεδιάζει και υλοποιεί ευρωπαϊκά προγράμματα και αναλαμβάνει "
    "συμβουλευτικό και συντονιστικό ρόλο στις δράσεις των μελών της.": (
        "PESKO works with municipalities and regions, private companies and collective "
        "organisations, designs and runs European programmes, and advises and coordinates "
        "the projects of its members."
    ),
    "Οι άξονες της δράσης μας": "Our areas of work",
    "Προστασία της υγείας και θεσμοί αλληλεγγύης για την κοινωνική συνοχή": (
        "Health protection and institutions of solidarity for social cohesion"
    ),
    "Πολιτιστική κληρονομιά και σύγχρονη δημιουργία": "Cultural heritage and contemporary creation",
    "Πρόσβαση στην εκπαίδευση και συνεχής κατάρτιση": "Access to education and continuous training",
    "Εναλλακτικές μορφές ενέργειας και υγιεινή διατροφή": "Alternative energy and healthy food",
    "Μελέτες και πρωτοβουλίες ανθρωπιστικής και αναπτυξιακής βοήθειας": (
        "Studies and initiatives in humanitarian and development aid"
    ),
    "Τα επόμενα βήματα": "Next steps",
    "Οργανώνουμε τον εθελοντισμό ως κοινωνικό κεφάλαιο, με στόχο μια «ηθική τράπεζα» και "
    "αναπτυξιακές εταιρείες νέου τύπου για την πράσινη ανάπτυξη.": (
        "We organise volunteering as social capital, working towards an “ethical bank” and a "
        "new kind of development company for green growth."
    ),
}


def sync_site_address() -> None:
    """Point the default Site at WAGTAILADMIN_BASE_URL, so page URLs in feeds and the API are right."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    hostname = address.hostname or "localhost"
    port = address.port or (443 if address.scheme == "https" else 80)
    Site.objects.filter(is_default_site=True).exclude(hostname=hostname, port=port).update(
        hostname=hostname, port=port
    )


def seed_home(context: SeedContext) -> None:
    """Replace Wagtail's welcome page with the Greek home page and translate it into English."""
    home_el = HomePage.objects.filter(locale=context.el, depth=2).first()
    if home_el is None:
        root = Page.get_first_root_node()
        welcome_pages = Page.objects.filter(depth=2).not_type(HomePage)
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        home_el = root.add_child(
            instance=HomePage(locale=context.el, body=HOME_BODY_EL, **HOME_EL),
        )
        home_el.save_revision().publish()
        site.site_name = "ΠΕΣΚΟ"
        site.root_page = home_el
        site.save()
        welcome_pages.delete()
        context.count("pages", True)
    sync_site_address()
    context.home_el = home_el
    context.home_en = home_el.get_translations().filter(locale=context.en).first()
    if context.home_en is None:
        context.home_en = translate_with_strings(instance=home_el, locale=context.en, strings=HOME_EN)
        context.count("pages", True)

    about = StandardPage.objects.child_of(home_el).filter(slug=ABOUT_EL["slug"]).first()
    if about is None:
        about = home_el.add_child(instance=StandardPage(show_in_menus=True, **ABOUT_EL))
        about.save_revision().publish()
        context.count("pages", True)
    if not about.has_translation(context.en):
        translate_with_strings(instance=about, locale=context.en, strings=ABOUT_EN)
        context.count("pages", True)
