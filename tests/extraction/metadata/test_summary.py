"""Schema 1.2 fields read from the page: description, image, tags, modified, word_count."""

from __future__ import annotations

from presscut import extract

TEXT = "<p>{}</p>".format("The new orchard behind the station was planted by volunteers. " * 4)


def _page(head: str = "", article: str = "", outside: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><nav>{outside}</nav><article><h1>Orchard news</h1>"
        f"{article}{TEXT}</article></body></html>"
    )


def _ld(**fields: str) -> str:
    import json

    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Orchard news"}
    data.update(fields)
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_description_from_og_then_json_ld_cleaned() -> None:
    text = "Forty-two people &amp;#8220;planted&amp;#8221; <b>trees</b>.  "
    head = f'<meta property="og:description" content="{text}">'
    assert extract(
        _page(head + _ld(description="JSON-LD text")), "https://e.org/a"
    ).description == ("Forty-two people “planted” trees.")
    assert (
        extract(_page(_ld(description="JSON-LD text")), "https://e.org/a").description
        == "JSON-LD text"
    )


def test_no_description_is_null_not_the_first_paragraph() -> None:
    assert extract(_page(), "https://e.org/a").description is None


def test_image_from_json_ld_image_object_made_absolute() -> None:
    head = _ld(image={"@type": "ImageObject", "url": "/img/orchard.jpg"})  # type: ignore[arg-type]
    assert extract(_page(head), "https://e.org/news/a").image == "https://e.org/img/orchard.jpg"


def test_logo_and_placeholder_images_are_passed_over() -> None:
    head = (
        '<meta property="og:image" content="https://e.org/static/logo.png">'
        '<meta name="twitter:image" content="https://e.org/img/placeholder-1200.jpg">'
    )
    article = (
        '<figure><img src="data:image/gif;base64,R0lGOD" data-src="//cdn.e.org/trees.jpg"></figure>'
    )
    assert extract(_page(head, article), "https://e.org/a").image == "https://cdn.e.org/trees.jpg"


def test_tracking_pixel_is_not_the_lead_image() -> None:
    article = '<figure><img src="https://t.e.org/p.gif" width="1" height="1"></figure>'
    assert extract(_page(article=article), "https://e.org/a").image is None


def test_tags_from_keywords_and_meta_distinct() -> None:
    head = (
        _ld(keywords="Orchards, Volunteers; orchards")
        + '<meta property="article:tag" content="Millbrook">'
    )
    assert extract(_page(head), "https://e.org/a").tags == ["Orchards", "Volunteers", "Millbrook"]


def test_tags_from_tag_links_not_categories_clouds_or_prose() -> None:
    article = (
        '<p class="tags">Tags: <a rel="tag" href="/tag/apples/">Apples</a>, '
        '<a href="/tag/pears/">Pears</a> <a rel="category tag" href="/category/news/">News</a></p>'
        '<p>We wrote about <a href="/tag/quince/">the quince</a> in an earlier post last year.</p>'
    )
    cloud = '<div class="tagcloud"><a rel="tag" href="/tag/plums/">Plums</a></div>'
    record = extract(_page(article=article, outside=cloud), "https://e.org/a")
    assert record.tags == ["Apples", "Pears"]


def test_no_tags_is_an_empty_list() -> None:
    assert extract(_page(), "https://e.org/a").tags == []


def test_modified_from_markup_and_never_before_published() -> None:
    head = _ld(datePublished="2025-03-01T10:00:00+01:00", dateModified="2025-03-04T08:30:00+01:00")
    assert extract(_page(head), "https://e.org/a").modified == "2025-03-04T08:30:00+01:00"
    earlier = _ld(
        datePublished="2025-03-01T10:00:00+01:00", dateModified="2025-02-01T08:30:00+01:00"
    )
    assert extract(_page(earlier), "https://e.org/a").modified is None


def test_modified_from_an_updated_label() -> None:
    article = "<p class='meta'>Published 1 March 2025. Updated: 5 March 2025</p>"
    record = extract(_page(article=article), "https://e.org/a")
    assert record.published == "2025-03-01"
    assert record.modified == "2025-03-05"


def test_word_count_counts_lead_and_body() -> None:
    record = extract(_page(), "https://e.org/a")
    assert record.word_count == 4 * 10  # ten words a sentence, four sentences
    assert extract("<html><body><p>Too short.</p></body></html>").word_count is None


def test_fetched_at_is_null_for_a_file() -> None:
    assert extract(_page(), "https://e.org/a").fetched_at is None


def test_site_wide_images_are_passed_over() -> None:
    head = (
        '<meta property="og:image" content="https://e.org/images/opengraph.webp">'
        '<meta name="twitter:image" content="https://cdn.e.org/x%2Fsubscribe-card.jpg">'
        '<meta property="og:image:url" content="https://e.org/images/og-default.png">'
        '<meta name="twitter:image:src" content="https://e.org/topics/programming_64.png">'
    )
    article = '<figure><img src="https://e.org/up/trees-40x20.jpg"></figure>'
    assert extract(_page(head, article), "https://e.org/a").image is None


def test_the_sites_header_banner_is_not_the_lead_image() -> None:
    banner = "<header><img src='/wp-content/uploads/banner.jpg'></header>"
    page = f"<html><body>{banner}{TEXT}</body></html>"
    assert extract(page, "https://e.org/a").image is None


def test_wordpress_cropped_site_icon_is_not_the_lead_image() -> None:
    # WordPress names its crop of the site icon / logo "cropped-<file>": site-wide, 512x512
    head = (
        '<meta property="og:image" '
        'content="https://e.org/wp-content/uploads/2026/02/cropped-Orchard-Sun-4k.webp">'
    )
    article = '<figure><img src="/wp-content/uploads/2026/02/volunteers.jpg"></figure>'
    page = _page(head, article)
    assert extract(page, "https://e.org/a").image == (
        "https://e.org/wp-content/uploads/2026/02/volunteers.jpg"
    )


def test_an_image_named_no_logo_is_not_a_logo() -> None:
    name = "https://e.org/uploads/Orchard_feature-image_notes-but-no-logo_v2.png"
    head = f'<meta property="og:image" content="{name}">'
    assert extract(_page(head), "https://e.org/a").image == name


def test_json_ld_image_defined_inside_the_web_page_is_resolved() -> None:
    # Yoast: the ImageObject is defined inside the WebPage, the article refers to its @id
    ref = "https://e.org/news/a/#primaryimage"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": "https://e.org/news/a/#webpage",
                "image": {"@type": "ImageObject", "@id": ref, "url": "https://e.org/up/trees.jpg"},
            },
            {"@type": "NewsArticle", "headline": "Orchard news", "image": {"@id": ref}},
        ],
    }
    import json

    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    assert extract(_page(head), "https://e.org/news/a/").image == "https://e.org/up/trees.jpg"


def test_a_dangling_json_ld_image_reference_is_no_image() -> None:
    head = _ld(image={"@id": "https://e.org/news/a/#primaryimage"})  # type: ignore[arg-type]
    assert extract(_page(head), "https://e.org/news/a/").image is None


def test_a_figure_in_the_sites_header_is_not_the_lead_image_without_an_article() -> None:
    # no <article>: the whole page is read; the banner's figure (a logo) is passed over
    banner = '<header><figure><img src="/up/Orchard-Co-Outline-300x112.webp"></figure></header>'
    body = '<div class="post"><h1>Orchard news</h1><figure><img src="/up/trees.jpg"></figure>'
    page = f"<html><body>{banner}{body}{TEXT}</div><footer><figure><img src='/f.jpg'></figure>"
    assert extract(page + "</footer></body></html>", "https://e.org/a").image == (
        "https://e.org/up/trees.jpg"
    )
    only_banner = f"<html><body>{banner}<div><h1>Orchard news</h1>{TEXT}</div></body></html>"
    assert extract(only_banner, "https://e.org/a").image is None
