"""Structural rules: page chrome recognised by tag, ARIA role, class and id words.

A class or id such as ``ArticleHeader_kicker__3xYzq`` or ``post-share-buttons`` is split
into words (``article``, ``header``, ``kicker``, ``post``, ``share``, ``buttons``) and into
pairs of neighbouring words (``share-buttons``); a rule fires when one of its words is
present. Structure is preferred over phrases: it does not depend on the page's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from presscut.extraction.rules import words


@dataclass(frozen=True)
class StructureRule:
    """Remove elements whose tag, role or class/id words match.

    ``guarded`` rules never remove an element that holds several long paragraphs
    (a wrapper that happens to be called ``share-wrapper`` may hold the article).
    """

    name: str
    tags: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    guarded: bool = True


def _rule(
    name: str, *, tags: str = "", roles: str = "", vocabulary: str = "", guarded: bool = True
) -> StructureRule:
    return StructureRule(name, words(tags), words(roles), words(vocabulary), guarded)


#: Class and id tokens that say what a post is filed under, not what the element is:
#: WordPress's ``category-tax-credits`` and ``tag-comments`` (post_class), Drupal's
#: ``taxonomy-term-share``. Their words are ignored: an article filed under "Comments"
#: or "Credits" is neither pruned as a comment section nor read as a photo credit.
TAXONOMY_TOKEN = re.compile(r"^(?:category|cat|tag|tags|post_tag|topic|topics|taxonomy)[-_]")

#: Headings: the headline and the article's section titles.
HEADING_TAGS = words("h1 h2 h3 h4 h5 h6")
#: Never removed, whatever their class says: they hold or are the document.
PROTECTED_TAGS = frozenset({"html", "body", "main", "h1"})

#: Class/id words that mark the article's own text: an element carrying one is never chrome.
ARTICLE_WORDS = words(
    "articlebody article-body article-content entry-content post-content post-body "
    "story-body story-content article-text body-text articletext richtext rich-text"
)

#: A guarded rule never removes an element with at least GUARD_CHARS characters of text
#: of which less than GUARD_LINK_DENSITY is link text: that is prose, not a menu or a list
#: of teasers (Webflow renders whole articles inside <nav> dropdowns, for instance).
GUARD_CHARS = 500
GUARD_LINK_DENSITY = 0.35

#: Elements that carry no article text at all.
INVISIBLE = _rule(
    "structure.invisible",
    tags="script style noscript template iframe svg canvas object embed button select "
    "input textarea label dialog",
    guarded=False,
)

#: Elements hidden by attribute, style or class. Guarded: prose is kept even when hidden.
#: React's streaming renderer parks content in ``<div hidden id="S:1">`` until a script
#: moves it into place: those are never hidden (``REACT_SEGMENT_ID``). Moving them into
#: place as a browser does was measured worse: trafilatura then chose the wrong region on
#: 2 of the 13 corpus pages that stream (bench/README.md).
HIDDEN = _rule(
    "structure.hidden",
    vocabulary="sr-only visually-hidden screen-reader-text screenreader hidden-print d-none",
)

REACT_SEGMENT_ID = re.compile(r"^S:[0-9a-z]+$")

#: A collapsed accordion, tab or FAQ panel is hidden only until the reader clicks: its text
#: is the article's (step-by-step guides, FAQ answers). Such a panel is shown again, not
#: cut, when it is hidden and one of these says it is a panel: its id is named by another
#: element's ``aria-controls``, the element just before it is a toggle (``aria-expanded``),
#: its role, or its class/id words.
PANEL_ROLES = words("region tabpanel")
PANEL_WORDS = words(
    "accordion accordion-content accordion-panel accordion-body accordion-item collapse "
    "collapsible collapsible-content faq faq-answer faq-content tab-pane tab-content "
    "expandable expander disclosure"
)
#: ... unless it is an overlay: a modal, a drawer or a dialog opened by a button is not
#: part of the page's reading flow (subscribe forms, carts, country pickers).
OVERLAY_ROLES = words("dialog alertdialog menu listbox")
OVERLAY_WORDS = words(
    "modal popup pop-up popover drawer offcanvas off-canvas dialog lightbox overlay dropdown "
    "banner menu"
)
#: ... and unless it reads as a list of links (a dropdown menu, a table of contents) or
#: holds almost no text: a panel is revealed only with PANEL_MIN_CHARS of text of which
#: less than GUARD_LINK_DENSITY is link text.
PANEL_MIN_CHARS = 60
#: Attributes that hide a collapsed panel; they are dropped when the panel is revealed.
HIDING_ATTRIBUTES = ("hidden", "aria-hidden", "style")
#: Class tokens that hide a collapsed panel (Tailwind's ``hidden``, Bootstrap's ``d-none``,
#: ``is-hidden``): a panel carrying one is hidden too, and loses them when revealed.
#: trafilatura drops an element whose class holds " hidden" or " hide", so a panel our
#: rules keep still lost its answer (FAQ answers closing an article).
HIDING_CLASSES = frozenset({"hidden", "hide", "is-hidden", "d-none"})

#: Page chrome, in the order the audit trail reports it.
CHROME_RULES: tuple[StructureRule, ...] = (
    _rule(
        "structure.navigation",
        tags="nav menu",
        roles="navigation menubar menu banner search",
        vocabulary="nav navbar navigation menu breadcrumb breadcrumbs skip-link skiplink "
        "topbar masthead sitenav site-nav mega-menu pagination pager toc table-of-contents "
        "ariane fil-ariane"
        "ez-toc ez-toc-container lwptoc",
    ),
    _rule("structure.footer", tags="footer", roles="contentinfo", vocabulary="footer site-footer"),
    _rule(
        "structure.share",
        vocabulary="share sharing shares sharebar sharedaddy addthis addtoany a2a shariff "
        "social socials social-links social-icons follow-us",
    ),
    _rule(
        "structure.comments",
        vocabulary="comments comment-list commentlist comments-area comment-respond respond "
        "disqus disqus-thread discussion coral-talk",
        guarded=False,
    ),
    _rule(
        "structure.newsletter",
        roles="form",
        tags="form",
        vocabulary="newsletter newsletters subscribe subscription signup sign-up optin opt-in "
        "paywall regwall piano-offer inline-promo promo promotion cta call-to-action",
    ),
    _rule(
        "structure.related",
        vocabulary="related read-more readmore also-read more-stories recirculation recirc "
        "outbrain taboola trending most-read most-popular popular-posts next-article "
        "nextstory next-story next-post-thumbnails "
        "lire-aussi a-lire recommended recommendations you-may-like",
    ),
    _rule(
        "structure.advertising",
        vocabulary="ad ads advert advertisement advertising adslot ad-slot ad-container dfp "
        "gpt-ad sponsor sponsored banner-ad publicite pub anzeige werbung publicidad",
    ),
    _rule("structure.cookie", vocabulary="cookie cookies consent gdpr cookiebanner cookie-banner"),
    _rule(
        "structure.author_bio",
        vocabulary="author-bio author-box authorbox about-author about-the-author author-info "
        "author-card author-profile author-description bio",
    ),
    _rule(
        "structure.tags",
        vocabulary="tags tag-list taglist post-tags entry-tags article-tags keywords topics",
    ),
    _rule("structure.aside", tags="aside", roles="complementary"),
    _rule(
        "structure.caption",
        tags="figcaption",
        vocabulary="caption captions wp-caption-text image-caption photo-caption legende legend "
        "bildunterschrift didascalia pie-de-foto",
    ),
    _rule("structure.print", vocabulary="print-only noprint no-print"),
)

#: Chrome whose text is not counted in the page's size (``Harvest.chrome_chars``): what
#: trafilatura's own measure of a page leaves out too (scripts, footers, asides, cookie
#: banners: its ``BASIC_CLEAN_XPATH``).
UNCOUNTED_CHROME = frozenset(
    {INVISIBLE.name, "structure.footer", "structure.aside", "structure.cookie"}
)

#: trafilatura drops every element whose class merely *contains* one of its boilerplate
#: tokens: "widget" in CKEditor's ``ck-widget`` grid, "meta" in ``metadata-table``,
#: "slide" in ``slideshow``, "yin" in ``buying-guide``, "-ad-" in ``body-ad-wrapper``.
#: Our rules read whole words and keep prose whatever its class (the guard above); an
#: element they kept that reads as prose loses the class tokens that hold one of these,
#: so trafilatura does not throw the article away after us.
TRAFILATURA_CLASS_TRAPS = (
    "widget",
    "meta",
    "slide",
    "embed",
    "rating",
    "button",
    "options",
    "attachment",
    "overlay",
    "viewport",
    "bar",
    "icon",
    "yin",
    "-ad-",
    "stories",
    "menu",
)
#: ... except where trafilatura is right: Elementor's widget classes, through which its own
#: handling of that page builder finds the article (scrubbing them lost the body on 15
#: pages), and WordPress's sidebar widgets (``widget widget_text``), chrome that reads as
#: prose.
TRAFILATURA_KNOWN_TOKENS = re.compile(r"^(?:elementor|widget$|widget_|textwidget)", re.I)

#: trafilatura deletes every <figure> (but one holding a table); a figure that holds text
#: outside its caption (a quotation, a pull quote, a text box) keeps that text: it is
#: unwrapped when at least TEXT_FIGURE_MIN_CHARS of such text is left after pruning. Not
#: one holding a table (trafilatura keeps it) or a heading: a teaser card ("card" words
#: too) shows another article's headline and summary.
TEXT_FIGURE = "figure"
TEXT_FIGURE_NOT = "table, h1, h2, h3, h4, h5, h6"
FIGURE_CAPTION = "figcaption"
TEXT_FIGURE_MIN_CHARS = 20

#: A gallery slide (``body/slides.py``): a figure holding a heading, and a caption of
#: SLIDE_MIN_PARAGRAPHS paragraphs and SLIDE_MIN_CHARS characters at least; only where a
#: page has SLIDE_MIN_COUNT such figures (a list article told in slides).
SLIDE_HEADINGS = "h2, h3, h4"
SLIDE_MIN_PARAGRAPHS = 2
SLIDE_MIN_CHARS = 80
SLIDE_MIN_COUNT = 3

#: Attributes in which trafilatura takes the bare word "hidden" for a hidden element
#: (``style="overflow: hidden"``, ``id="hidden-gem"``): dropped from the prose we kept
#: visible, for the same reason.
TRAFILATURA_HIDDEN_TRAPS = ("style", "id")

#: A section heading's id is an anchor made from its own text ("h-what-is-social-shopping",
#: "toc_should-you-invest") and a "toc" class marks it as an entry the table of contents
#: points at: neither says the heading is chrome. A heading is judged by its class alone,
#: without the navigation words.
HEADING_IGNORED_WORDS = next(r.words for r in CHROME_RULES if r.name == "structure.navigation")

#: Parts of the article that are not body text but are kept elsewhere in the record.
#: They are read into their field, then removed from the page before body extraction.
#: Class and id words of a teaser card: a link to another article, with its headline and
#: a summary (a home page lists them; an article may show a few, "related").
TEASER_WORDS = words("card cards teaser teasers post-card story-card tile post-item promo")
#: An <article> element that is a teaser card or a comment, not the article's scope.
TEASER_ARTICLE_WORDS = frozenset().union(
    *(r.words for r in CHROME_RULES if r.name in ("structure.related", "structure.comments")),
    TEASER_WORDS,
)
KICKER_WORDS = words(
    "kicker surtitre surtitle overline eyebrow supertitle overtitle dachzeile antetitulo occhiello"
)
LEAD_WORDS = words(
    "standfirst chapo chapeau chapô lead-text leadtext article-lead lede dek deck "
    "article-summary article-intro intro-text summary-text subheadline sub-headline "
    "teaser-text entradilla sottotitolo linha-fina sub-title article-subtitle post-subtitle "
    "entry-subtitle article-teaser standfirst-text article-excerpt post-excerpt entry-excerpt"
)
#: Looser words ("subtitle-2" is a type size, "has-excerpt" a card state): a standfirst
#: only right under the headline (``harvest.LEAD_NEAR``).
LEAD_NEAR_WORDS = words("subtitle excerpt teaser summary intro")
#: Elements that do not count in the distance below the headline of a standfirst set as a
#: heading (``harvest.LEAD_NEAR``, ``LEAD_WINDOW``): the inline pieces of a byline, a date
#: line or a photo (its link, its name in bold, the <img>) are not blocks standing between
#: the headline and a standfirst.
UNCOUNTED_TAGS = words(
    "a span strong b em i small time img picture source svg br abbr cite sup sub"
)
CREDIT_WORDS = words(
    "credit credits photo-credit image-credit media-credit caption-credit "
    "picture-credit img-credit photocredit credito"
)
#: Credit elements that credit the writer, not the photo ("author-credit").
AUTHOR_CREDIT_WORDS = words("author author-credit byline contributor writer")
SOURCE_WORDS = words("article-source source-line story-source origin-source")
BYLINE_WORDS = words("byline by-line author-name article-author signature")
