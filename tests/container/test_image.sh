#!/usr/bin/env bash
# Build the container image from ./Containerfile with podman and run what it holds.
#
#   bash tests/container/test_image.sh            (as root; takes minutes; not part of pytest)
#
# Where a container runtime works, the image is also run for real (set RUN_CONTAINER=1).
# Where it does not (this project's sandboxes), the image is built with --isolation=chroot and
# its filesystem is run with chroot: the same files, the same entry point, the same user.
# No registry is needed: the public base (python:3.11-slim-bookworm) is replaced by
# BASE_IMAGE, by default a Debian 12 base made here with debootstrap (Debian 12's python3 is
# 3.11, like the public base). Exit 0: passed or skipped (the message says which).
set -euo pipefail
cd "$(dirname "$0")/../.."

IMAGE=${IMAGE:-localhost/newsbrief:test}
BASE_IMAGE=${BASE_IMAGE:-localhost/newsbrief-testbase:bookworm}
DEBIAN_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

skip() { echo "SKIPPED: $*"; exit 0; }
fail() { echo "FAILED: $*" >&2; exit 1; }
step() { echo "== $*"; }

command -v podman >/dev/null 2>&1 || skip "podman is not installed (apt-get install podman)"
[ "$(id -u)" = 0 ] || skip "needs root (chroot and podman image mounts)"

# ------------------------------------------------------------------ base image
if ! podman image exists "$BASE_IMAGE"; then
    command -v debootstrap >/dev/null 2>&1 \
        || skip "no $BASE_IMAGE and no debootstrap to make one (apt-get install debootstrap)"
    step "making $BASE_IMAGE with debootstrap (about a minute)"
    work=$(mktemp -d)
    debootstrap --variant=minbase bookworm "$work/rootfs" "$DEBIAN_MIRROR" >"$work/debootstrap.log" 2>&1 \
        || { tail -n 20 "$work/debootstrap.log"; fail "debootstrap"; }
    tar -C "$work/rootfs" -c . | podman import - localhost/newsbrief-testbase:minbase >/dev/null
    rm -rf "$work"
    cat >"${TMPDIR:-/tmp}/newsbrief-base.Containerfile" <<'EOF'
FROM localhost/newsbrief-testbase:minbase
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 python3-venv ca-certificates \
 && rm -rf /var/lib/apt/lists/*
EOF
    podman build --isolation=chroot -t "$BASE_IMAGE" -f "${TMPDIR:-/tmp}/newsbrief-base.Containerfile" . \
        || fail "building the base image"
fi

# ------------------------------------------------------------------ build
step "building $IMAGE from Containerfile (FROM replaced by $BASE_IMAGE)"
grep -q '^FROM python:3.11-slim-bookworm$' Containerfile || fail "Containerfile no longer starts FROM python:3.11-slim-bookworm"
# Behind a TLS-inspecting proxy, pip inside the build needs the host's CA bundle: PIP_CA (or
# PIP_CERT, as pip reads it) is mounted for the RUN steps only, with a pip.conf naming it.
build_opts=()
ca=${PIP_CA:-${PIP_CERT:-}}
if [ -n "$ca" ] && [ -f "$ca" ]; then
    pipconf=$(mktemp)
    printf '[global]\ncert = /run/host-ca.crt\n' >"$pipconf"
    chmod 0644 "$pipconf"
    build_opts+=(-v "$ca:/run/host-ca.crt:ro" -v "$pipconf:/etc/pip.conf:ro")
    echo "pip in the build trusts $ca"
fi
start=$(date +%s)
podman build --isolation=chroot --format docker --from "$BASE_IMAGE" "${build_opts[@]}" \
    -t "$IMAGE" -f Containerfile . || fail "podman build"
echo "built in $(( $(date +%s) - start ))s"

# ------------------------------------------------------------------ image metadata
step "image metadata"
inspect() { podman image inspect --format "$1" "$IMAGE"; }
[ "$(inspect '{{.Config.User}}')" = "10001:10001" ] || fail "user is $(inspect '{{.Config.User}}'), not 10001:10001"
inspect '{{json .Config.Volumes}}' | grep -q '"/var/lib/newsbrief"' || fail "no VOLUME /var/lib/newsbrief"
[ "$(inspect '{{json .Config.Entrypoint}}')" = '["newsbrief","run","--config"]' ] \
    || fail "entry point is $(inspect '{{json .Config.Entrypoint}}')"
[ "$(inspect '{{json .Config.Cmd}}')" = '["/etc/newsbrief/config.yaml"]' ] || fail "cmd is $(inspect '{{json .Config.Cmd}}')"
inspect '{{json .Config.Healthcheck}}' | grep -q NEWSBRIEF_HEALTH_URL || fail "no HEALTHCHECK"
inspect '{{json .Config.Env}}' | grep -q 'NEWSBRIEF_HEALTH_URL=http://127.0.0.1:9464/healthz' \
    || fail "the HEALTHCHECK does not probe /healthz"
echo "user 10001, volume, entry point, healthcheck: ok"

# ------------------------------------------------------------------ run the image's files
cid=$(podman create "$IMAGE")
mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount "${mounted[$i]}" 2>/dev/null || true; done
    podman umount "$cid" >/dev/null 2>&1 || true
    podman rm -f "$cid" >/dev/null 2>&1 || true
}
trap cleanup EXIT
root=$(podman mount "$cid")
# What a container runtime would give: its own /proc, a small /dev with /dev/shm (worker
# processes need it for their locks). Nothing of the host's /dev is shared.
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount -t tmpfs -o mode=0755,nosuid tmpfs "$root/dev" && mounted+=("$root/dev")
for node in null:3 zero:5 random:8 urandom:9; do mknod -m 0666 "$root/dev/${node%%:*}" c 1 "${node##*:}"; done
mkdir -m 1777 "$root/dev/shm"
# The image's environment and user, as the container would have them.
env_args=()
while IFS= read -r kv; do env_args+=("$kv"); done < <(podman image inspect --format '{{range .Config.Env}}{{println .}}{{end}}' "$IMAGE" | sed '/^$/d')
in_image() { chroot --userspec=10001:10001 "$root" /usr/bin/env -i "${env_args[@]}" "$@"; }

step "newsbrief --version and init"
in_image newsbrief --version | grep -E '^newsbrief [0-9]' || fail "--version"
in_image python3 -m newsbrief --version | grep -E "^newsbrief [0-9]" || fail "python -m newsbrief"
# One import namespace: the checkout's bot/ and summarizers/ are the image's newsbrief.bot and
# newsbrief.summarizers, and no top-level bot or summarizers is importable.
pkg=$(in_image python3 -c 'import newsbrief, os; print(os.path.dirname(newsbrief.__file__))')
for f in newsbrief/__init__.py newsbrief/__main__.py bot/__init__.py bot/cli.py summarizers/__init__.py; do
    cmp -s "$f" "$root$pkg/${f#newsbrief/}" || fail "the image's $f differs from the checkout's"
done
for name in bot summarizers; do
    if in_image python3 -c "import $name" 2>/dev/null; then fail "the image has a top-level $name package"; fi
done
[ -s "$root/etc/newsbrief/config.example.yaml" ] || fail "the image has no /etc/newsbrief/config.example.yaml"
in_image newsbrief check-config /etc/newsbrief/config.example.yaml || fail "the shipped example does not check"

step "the deploy configs check inside the image"
cp deploy/config.slack.yaml deploy/config.matrix.yaml "$root/tmp/"
chmod 0644 "$root"/tmp/config.*.yaml
in_image POSTGRES_PASSWORD=x SLACK_BOT_TOKEN=xoxb-1 SLACK_APP_TOKEN=xapp-1 SLACK_CHANNEL_ID=C0123ABCD \
    SLACK_ADMIN_ID=U0123ABCD newsbrief check-config /tmp/config.slack.yaml || fail "deploy/config.slack.yaml"
in_image POSTGRES_PASSWORD=x MATRIX_HOMESERVER=https://matrix.example.org MATRIX_USER_ID=@bot:example.org \
    MATRIX_ACCESS_TOKEN=t MATRIX_ROOM='#news:example.org' MATRIX_ADMIN=@you:example.org \
    newsbrief check-config /tmp/config.matrix.yaml || fail "deploy/config.matrix.yaml"

step "the entry point with a console channel and no terminal is refused (exit 2)"
set +e
in_image newsbrief run --config /etc/newsbrief/config.example.yaml </dev/null >"$root/tmp/out" 2>"$root/tmp/err"
code=$?
set -e
[ "$code" = 2 ] || { cat "$root/tmp/err"; fail "exit code $code, not 2"; }
grep -q "terminal" "$root/tmp/err" || fail "no message about the terminal"
cat "$root/tmp/err"

step "the embedded default, questions on stdin, data in the volume (non-root)"
printf 'sources\nwhat happens next?\n' | in_image newsbrief run >"$root/tmp/out" 2>"$root/tmp/err" \
    || { cat "$root/tmp/err"; fail "newsbrief run (embedded default)"; }
grep -q "Sources:" "$root/tmp/out" || { cat "$root/tmp/out"; fail "no sources listed"; }
if grep -q "failing" "$root/tmp/out"; then cat "$root/tmp/out"; fail "a bundled feed failed in the image"; fi
grep -q "Traceback" "$root/tmp/err" && { cat "$root/tmp/err"; fail "a traceback on stderr"; }
[ -s "$root/var/lib/newsbrief/newsbrief.db" ] || fail "no database in the data volume"
[ "$(stat -c %u "$root/var/lib/newsbrief/newsbrief.db")" = 10001 ] || fail "database not owned by 10001"
if in_image sh -c 'touch /opt/newsbrief/x' 2>/dev/null; then fail "the code is writable by the bot's user"; fi
head -n 15 "$root/tmp/out"

if [ "${RUN_CONTAINER:-0}" = 1 ]; then
    step "podman run (a real container)"
    podman run --rm --entrypoint newsbrief "$IMAGE" --version || fail "podman run"
fi
echo "PASSED: $IMAGE"
