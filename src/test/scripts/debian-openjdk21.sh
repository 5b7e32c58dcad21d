#!/bin/sh
# Unpacks Debian 13's OpenJDK 21 (the production image's JDK, see Dockerfile) into DIR without installing it, with the
# Debian 13 libraries it needs (glibc 2.41, libjpeg62-turbo, ...), and writes DIR/home/bin/{java,javac}: wrappers that
# start it through that glibc's loader, so it runs on the Debian 12 build machines. For benchmarks and tests only:
#   src/test/scripts/debian-openjdk21.sh /tmp/debian-jdk21
#   /tmp/debian-jdk21/home/bin/java --add-modules jdk.incubator.vector -cp "$CP" eu.csep.portal.hashmatch.bench.LookupCpuBench VECTOR
#   ./mvnw verify -Dit.test=HashMatchIT -Djdk21plus.home=/tmp/debian-jdk21/home ...   (second cluster node on it)
# Sub-processes that the wrapped JVM starts itself need -Djdk.lang.Process.launchMechanism=VFORK (jspawnhelper is a
# Debian 13 binary too).
set -eu
DIR=${1:?usage: $0 DIR}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
PKGS="openjdk-21-jre-headless openjdk-21-jdk-headless libc6 libgcc-s1 libstdc++6 zlib1g libjpeg62-turbo liblcms2-2"
mkdir -p "$DIR/debs" "$DIR/root" "$DIR/home/bin"
curl -fsS "$MIRROR/dists/trixie/main/binary-amd64/Packages.xz" | xz -dc > "$DIR/Packages"
for p in $PKGS; do
    f=$(awk -v p="$p" '$1 == "Package:" { cur = $2 } cur == p && $1 == "Filename:" { print $2; exit }' "$DIR/Packages")
    curl -fsS -o "$DIR/debs/${f##*/}" "$MIRROR/$f"
    dpkg-deb -x "$DIR/debs/${f##*/}" "$DIR/root"
done
R=$(cd "$DIR/root" && pwd)
J=$R/usr/lib/jvm/java-21-openjdk-amd64
# the packages link some configuration files to /etc/java-21-openjdk: copy them in
find "$J" -type l -lname '/etc/*' | while read -r l; do
    t=$(readlink "$l"); rm "$l"; cp "$R$t" "$l" 2>/dev/null || true
done
for tool in java javac; do
    cat > "$DIR/home/bin/$tool" <<WRAP
#!/bin/sh
exec $R/usr/lib64/ld-linux-x86-64.so.2 --library-path $R/usr/lib/x86_64-linux-gnu:$R/lib/x86_64-linux-gnu:$J/lib:$J/lib/server $J/bin/$tool "\$@"
WRAP
    chmod +x "$DIR/home/bin/$tool"
done
"$DIR/home/bin/java" -version
