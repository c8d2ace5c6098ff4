#!/bin/sh
# The cron recipe of docs/operations.md, run as printed: the block under
# "# /etc/cron.d/protokoll" is read from the page, its job line's command
# run by sh -c in cron's environment, the programs installed under
# /usr/local.  Runs in a mount namespace of its own (unshare): tmpfs over
# /usr/local/bin, /usr/local/share, /srv and /var/log, nothing outlives it.
# usage: cron.sh SRCDIR PK-BATCH WORKDIR
set -u
src=$1 batch=$2 work=$3
doc=$src/docs/operations.md

# The block: indented lines from the file's name to the first other line.
block=$(awk '/^    # \/etc\/cron.d\/protokoll$/ { on = 1; next }
    on && !/^    / { exit } on { print substr($0, 5) }' "$doc")
[ -n "$block" ] || { echo "no cron block in $doc"; exit 1; }
vars=$(printf '%s\n' "$block" | grep -E '^[A-Za-z_][A-Za-z0-9_]*=')
jobs=$(printf '%s\n' "$block" | grep -Ev '^([A-Za-z_][A-Za-z0-9_]*=|#|$)')
[ "$(printf '%s\n' "$jobs" | wc -l)" = 1 ] ||
    { echo "not one job line: $jobs"; exit 1; }
case $jobs in
*\\) echo "the job line ends in a backslash: cron joins no lines"; exit 1 ;;
*%*) echo "the job line has a %: cron makes it a newline"; exit 1 ;;
esac
# Five time fields and the user, then the command as it stands.
cmd=$(printf '%s\n' "$jobs" | sed -E 's/^([^[:space:]]+[[:space:]]+){6}//')

# Installed as make install puts it (PREFIX=/usr/local), by hand.
for d in /usr/local/bin /usr/local/share /srv /var/log; do
	mount -t tmpfs tmpfs "$d" || { echo "cannot mount $d"; exit 1; }
done
cp "$batch" /usr/local/bin/pk-batch
mkdir -p /usr/local/share/protokoll /srv/archive/minutes/2024
cp -R "$src/rules" "$src/schemas" "$src/xslt" /usr/local/share/protokoll/
cp "$src/fixtures/seed-000.txt" "$src/fixtures/seed-003.txt" \
    /srv/archive/minutes/2024/
# What the page says to do once (its user, archive, is not here).
mkdir /var/log/protokoll

# Cron's environment: SHELL, HOME, LOGNAME, its PATH, then the file's.
# shellcheck disable=SC2086
env -i SHELL=/bin/sh HOME=/ LOGNAME="$(id -un)" PATH=/usr/bin:/bin \
    $vars /bin/sh -c "$cmd" </dev/null >"$work/cron.out" 2>&1
echo "exit=$?"
cat "$work/cron.out"
(cd /srv/archive/converted && find . -type f ! -name '.*' | sort)
echo "log=$(wc -l </var/log/protokoll/batch.json)"
