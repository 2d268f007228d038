#!/usr/bin/env bash
# Screenshots of every area in every UI language at 100% and 150% (5 x 4 x 2 = 40 PNGs),
# to look at for truncated or overlapping text:
#
#     scripts/screenshots.sh [OUT_DIR]        # default: /tmp/companion-shots
#
# A fresh data dir is seeded with a few cached Live posts (one with a picture and its
# description) so the Live area shows posts without a network; the Library loads the
# sample pack shipped with the app. PYTHON picks the interpreter (default: python).
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${PYTHON:-python}"
OUT="${1:-/tmp/companion-shots}"
DATA="$(mktemp -d /tmp/companion-shots-data.XXXXXX)"
trap 'rm -rf "$DATA"' EXIT
export QT_QPA_PLATFORM=offscreen
mkdir -p "$OUT"

"$PY" - "$DATA" <<'PYEOF'
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from companion.core.live.model import Author, Media, Post
from companion.core.live.store import PostStore
from companion.core.paths import Paths
from companion.core.services import CoreServices

core = CoreServices.open(Paths.for_data_dir(Path(sys.argv[1])))
# Live reads only the cache: no instance to reach, so the area shows its offline state
core.settings.live.mastodon_instances = ["http://127.0.0.1:9"]
core.settings.live.bluesky_enabled = False
core.save_settings()
now = datetime.now(UTC)
texts = [
    ("Amina Mwakyusa", "amina@mastodon.africa", "sw",
     "Leo tunazungumza kuhusu usalama wa wachimbaji wadogo Geita #shareASM"),
    ("Kofi Mensah", "kofi@mastodon.social", "en",
     "Live from Tarkwa: community monitors explain how they test water near "
     "small-scale gold mines. Long post to check that text wraps well in the list. #shareASM"),
    ("Hery Rakoto", "hery@piaille.fr", "fr",
     "Les orpailleurs d'Ambositra partagent leurs idées pour un secteur plus sûr #shareASM"),
    ("Ana Souza", "ana@bsky.social", "pt",
     "Garimpeiros de Itaituba falam sobre mercúrio e saúde #shareASM"),
]
posts = []
for i, (name, handle, lang, text) in enumerate(texts):
    media = ()
    if i == 1:
        media = (Media("image", None, None, "Women panning for gold at a river in Tarkwa"),)
    posts.append(
        Post(
            uri=f"https://example.org/posts/{i}",
            network="mastodon",
            author=Author(name, handle),
            created_at=now - timedelta(minutes=20 * (i + 1)),
            html=f"<p>{text}</p>",
            text=text,
            language=lang,
            media=media,
            source="mastodon:http://127.0.0.1:9",
            remote_id=str(i),
        )
    )
store = PostStore(core.db)
store.save(posts, now)
store.set_cursor("mastodon:http://127.0.0.1:9", "3", now - timedelta(minutes=5))
core.close()
PYEOF

n=0
for area in countdown live compose library accounts; do
  for lang in en sw fr pt; do
    for scale in 1.0 1.5; do
      "$PY" -m companion --data-dir "$DATA" screenshot "$area" "$OUT/$area-$lang-$scale.png" \
        --lang "$lang" --scale "$scale" --size 1100x720 >/dev/null
      n=$((n + 1))
    done
  done
done
echo "$n screenshots in $OUT"
