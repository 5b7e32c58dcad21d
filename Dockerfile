# CSEP Portal on Payara Micro 6.2025.10 and Debian's OpenJDK 21. On a machine with Docker:
#   docker build -t csep-portal .
#   docker run -p 8080:8080 -e DB_CLASS=org.postgresql.ds.PGSimpleDataSource \
#     -e DB_URL=jdbc:postgresql://db:5432/csep -e DB_USER=csep -e DB_PASSWORD=... \
#     -e MAIL_SMTP_HOST=smtp.example.eu -e PORTAL_BASE_URL=https://csep.example.eu csep-portal
# Every setting comes from the environment (MicroProfile Config); see docs/operations.md.
#
# Why Debian's OpenJDK 21 and not the payara/micro images (Azul Zulu): the hash-matching module's speed goals
# (issue #7) need both
#  - the Vector API module, for the match index's SIMD filter (the JVM starts with --add-modules below), and
#  - libjpeg-turbo behind ImageIO's JPEG reader: Debian's OpenJDK links the system libjpeg62-turbo, whereas Zulu and
#    Temurin bundle libjpeg 6b, which hashes the reference JPEGs at 26/s per core instead of 39/s.
# Measured with this JDK build (21.0.13+9-1~deb13u2): lookups over 10 M hashes 4.7 ms single, 18.5 ms 8-variant;
# 38.7 images/s end to end (docs/benchmarks/hashmatch.md).

# ---- build: the WAR, with the Vector API filter compiled for Java 21 (Maven profile vector-kernel)
FROM debian:trixie-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-21-jdk-headless ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
COPY config config
# the tests run in CI (.ci/run); here only the packaging
RUN ./mvnw -B package -DskipTests -Pvector-kernel -Djdk21plus.home=/usr/lib/jvm/java-21-openjdk-amd64

# ---- runtime
FROM debian:trixie-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-21-jre-headless wget \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --create-home --home-dir /opt/payara payara
COPY --from=build --chown=payara:payara /src/target/payara-micro.jar /opt/payara/payara-micro.jar
COPY --from=build --chown=payara:payara /src/target/app.war /opt/payara/deployments/ROOT.war
COPY --chown=payara:payara config/pre-boot-commands.asadmin config/post-boot-commands.asadmin /opt/payara/config/
USER payara
WORKDIR /opt/payara

ENV SESSION_COOKIE_SECURE=true \
    PORTAL_DEMO_DATA=false

EXPOSE 8080 6900
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s CMD wget -qO- http://localhost:8080/health/ready || exit 1

# Clustering: instances on one network find each other (Hazelcast); sessions replicate (web.xml <distributable/>).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=70", "-XX:+ExitOnOutOfMemoryError", "--add-modules=jdk.incubator.vector", \
            "-jar", "/opt/payara/payara-micro.jar"]
CMD ["--deploy", "/opt/payara/deployments/ROOT.war", "--contextroot", "/", "--port", "8080", \
     "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.asadmin", \
     "--postbootcommandfile", "/opt/payara/config/post-boot-commands.asadmin", \
     "--clustername", "csep-portal"]
