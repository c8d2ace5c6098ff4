#!/bin/sh
# pk-batch --plan across two hosts through GNU Parallel over ssh.
#
# Two hosts are network namespaces (ip netns) joined to this one by veth
# pairs, each running its own sshd; they share this machine's file
# system, as hosts on NFS would.  The plan is run across both and the
# results must be byte for byte those of pk-batch run here, and the job
# log must show both hosts at work.
#
# usage (as root, from the source tree, after make):
#     sh tests/dist/two-hosts.sh [N]        # N documents (60)
# needs: iproute2, openssh-server, openssh-client, parallel
set -eu
n=${1:-60}
src=$(pwd)
work=$(mktemp -d /tmp/pk-dist-XXXXXX)
hosts="pkh1 pkh2"

cleanup() {
	for h in $hosts; do
		[ -f "$work/$h.pid" ] && kill "$(cat "$work/$h.pid")" 2>/dev/null
		ip netns del "$h" 2>/dev/null
		ip link del "v$h" 2>/dev/null
	done
	rm -rf "$work"
}
trap cleanup EXIT INT TERM

ssh-keygen -q -t ed25519 -N '' -f "$work/client"
cp "$work/client.pub" "$work/authorized_keys"
chmod 600 "$work/authorized_keys"
: >"$work/sshlogins"
i=1
for h in $hosts; do
	ip netns add "$h"
	ip link add "v$h" type veth peer name eth0 netns "$h"
	ip addr add "10.77.$i.1/24" dev "v$h"
	ip link set "v$h" up
	ip netns exec "$h" ip addr add "10.77.$i.2/24" dev eth0
	ip netns exec "$h" ip link set eth0 up
	ip netns exec "$h" ip link set lo up
	ssh-keygen -q -t ed25519 -N '' -f "$work/$h.key"
	cat >"$work/$h.conf" <<CONF
Port 2222
ListenAddress 10.77.$i.2
HostKey $work/$h.key
PidFile $work/$h.pid
AuthorizedKeysFile $work/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
StrictModes no
UsePAM no
AcceptEnv PATH PROTOKOLL_DATADIR PARALLEL_*
CONF
	mkdir -p /run/sshd
	ip netns exec "$h" /usr/sbin/sshd -f "$work/$h.conf"
	echo "1/ssh -i $work/client -p 2222 -o StrictHostKeyChecking=no" \
	    "-o UserKnownHostsFile=/dev/null -o LogLevel=ERROR" \
	    "root@10.77.$i.2" >>"$work/sshlogins"
	i=$((i + 1))
done
# The hosts answer before anything is sent to them.
i=1
for h in $hosts; do
	t=0
	until ssh -i "$work/client" -p 2222 -o StrictHostKeyChecking=no \
	    -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o \
	    ConnectTimeout=2 "root@10.77.$i.2" true 2>/dev/null; do
		t=$((t + 1))
		[ $t -lt 20 ] || { echo "two-hosts: $h: no ssh" >&2; exit 1; }
		sleep 0.5
	done
	i=$((i + 1))
done

sh "$src/tests/batch/corpus.sh" "$src" "$work/src" "$n"
"$src/build/pk-batch" -q -j 2 -f html,tei -o "$work/here" "$work/src" ||
    [ $? = 1 ]
PATH=$src/build:$PATH PROTOKOLL_DATADIR=$src
export PATH PROTOKOLL_DATADIR
pk-batch --plan -f html,tei -o "$work/there" "$work/src" >"$work/plan.sh"
parallel --will-cite --sshloginfile "$work/sshlogins" --env PATH \
    --env PROTOKOLL_DATADIR --joblog "$work/joblog" <"$work/plan.sh" \
    2>"$work/errors" ||
    true	# the broken documents fail, as in pk-batch
diff -r -x .pk-tmp -x .pk-plan -x report.html -x manifest.tsv "$work/here" "$work/there"
for i in 1 2; do
	jobs=$(awk -F'\t' -v h="10.77.$i.2" 'NR > 1 && index($2, h)' \
	    "$work/joblog" | wc -l)
	echo "two-hosts: 10.77.$i.2 ran $jobs of $(wc -l <"$work/plan.sh") commands"
	[ "$jobs" -gt 0 ]
done
echo "two-hosts: the plan across both hosts wrote what pk-batch wrote"
