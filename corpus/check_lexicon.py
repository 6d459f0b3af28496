"""Check lexicon files against corpus/LEXICON.md: keys, counts, placeholders, duplicates.

    python corpus/check_lexicon.py corpus/lexicon/bn.json [...]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

UI_KEYS = """home search search_placeholder login register logout dark_mode light_mode menu read_more latest most_read
popular related also_read tags categories share follow_us print next previous page older_posts newer_posts more_news
trending editors_pick language_switch subscribe_button comments_heading comments_count leave_reply leave_comment
comment_form_title your_name your_email website comment_placeholder post_comment reply no_comments comments_closed
be_first login_to_comment load_more_comments facebook_comments disqus_noscript report like said minutes_ago hours_ago
days_ago yesterday email_not_published poll_heading online_poll vote view_results previous_polls total_votes
thanks_for_voting poll_results poll_closed opt_yes opt_no opt_no_opinion archive archives select_date
please_select_date search_archive go today last_updated calendar select_month select_year news_of_day cookie_text
accept decline cookie_settings newsletter_title newsletter_text email_placeholder copyright all_rights editor_line
publisher_line address_line advertisement sponsored published updated_on by staff_reporter min_read photo video live
breaking about_author share_facebook share_twitter share_whatsapp copy_link download_app epaper rss contact sitemap
add_to_cart price in_stock reviews write_review forum_reply posts joined quote members
username password remember_me forgot_password login_title create_account confirm_password password_hint accept_terms
required_fields invalid_email no_account login_with contact_title contact_text subject message send phone message_sent
sort_by newest oldest relevance filter all_sections apply reset results_count newsletter_consent newsletter_daily
newsletter_weekly choose_edition choose_language save close back_to_top load_more show_more cancel acting_editor_line
editor_in_chief_line publisher_name_line managing_editor_line address_label tel fax email_label newsroom advertising
printed_by_line was_helpful feedback_thanks interview interview_q interview_a todays_paper apps print_edition""".split()

PLACEHOLDERS = {"comments_count": "{n}", "minutes_ago": "{n}", "hours_ago": "{n}", "days_ago": "{n}",
                "total_votes": "{n}", "copyright": "{year}", "editor_line": "{name}", "min_read": "{n}",
                "results_count": "{n}", "acting_editor_line": "{name}", "editor_in_chief_line": "{name}",
                "publisher_name_line": "{name}", "managing_editor_line": "{name}", "printed_by_line": "{name} {site}"}

MIN_COUNTS = {"teasers": 40, "teaser_summaries": 20, "sections": 15, "footer_links": 10, "tags": 25, "polls": 8,
              "comments": 30, "forum_titles": 5, "forum_posts": 5, "products": 3, "institution_pages": 2, "bios": 4,
              "ads": 8, "site_names": 10, "taglines": 5, "person_names": 25, "cities": 12, "weather": 4,
              "addresses": 4, "interview_questions": 8}


def check(path: Path, partial: bool = False) -> list[str]:
    errors: list[str] = []
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data.get("lang"), str):
        errors.append("lang missing")
    arts = data.get("articles", [])
    if len(arts) < 8:
        errors.append(f"only {len(arts)} articles")
    for i, a in enumerate(arts):
        for key in ("kind", "topic", "headline", "standfirst", "paragraphs", "caption", "subheading"):
            if not a.get(key):
                errors.append(f"article {i}: {key} missing")
        if a.get("kind") != "short" and len(a.get("paragraphs", [])) < 4:
            errors.append(f"article {i}: fewer than 4 paragraphs")
    for key, n in MIN_COUNTS.items():
        if partial and key not in data:
            continue
        if len(data.get(key, [])) < n:
            errors.append(f"{key}: {len(data.get(key, []))} < {n}")
    ui = data.get("ui", {})
    if not partial or ui:
        for key in UI_KEYS:
            if not ui.get(key):
                errors.append(f"ui.{key} missing")
        for key, phs in PLACEHOLDERS.items():
            for ph in phs.split():
                if ui.get(key) and ph not in ui[key]:
                    errors.append(f"ui.{key} lacks {ph}")
    paras = [p for a in arts for p in a.get("paragraphs", [])]
    if len(set(paras)) != len(paras):
        errors.append("a paragraph is repeated")
    for key in ("teasers", "comments", "addresses", "interview_questions"):
        items = [json.dumps(x, ensure_ascii=False) for x in data.get(key, [])]
        if len(set(items)) != len(items):
            errors.append(f"{key}: duplicates")
    return errors


if __name__ == "__main__":
    bad = 0
    for name in sys.argv[1:]:
        errs = check(Path(name), partial="-" in Path(name).stem)
        print(name, "OK" if not errs else "\n  " + "\n  ".join(errs))
        bad += bool(errs)
    sys.exit(1 if bad else 0)
