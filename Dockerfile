# CSEP Portal on Payara Micro. Build the WAR first (./mvnw package), then:
#   docker build -t csep-portal .
#   docker run -p 8080:8080 -e DB_CLASS=org.postgresql.ds.PGSimpleDataSource \
#     -e DB_URL=jdbc:postgresql://db:5432/csep -e DB_USER=csep -e DB_PASSWORD=... \
#     -e MAIL_SMTP_HOST=smtp.example.eu -e PORTAL_BASE_URL=https://csep.example.eu csep-portal
# Every setting comes from the environment (MicroProfile Config); see docs/operations.md.
# JDK 21 with the Vector API module: the hash index's SIMD filter (issue #7) runs only there; on JDK 17 the portal works
# the same with the slower auto-vectorised kernels (the log line "PDQ match index loaded ... scan kernel" says which).
FROM payara/micro:6.2025.10-jdk21

COPY --chown=payara:payara config/pre-boot-commands.asadmin config/post-boot-commands.asadmin /opt/payara/config/
COPY --chown=payara:payara target/app.war /opt/payara/deployments/ROOT.war

ENV SESSION_COOKIE_SECURE=true \
    PORTAL_DEMO_DATA=false \
    JDK_JAVA_OPTIONS="--add-modules=jdk.incubator.vector"

EXPOSE 8080 6900
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s CMD wget -qO- http://localhost:8080/health/ready || exit 1

# Clustering: instances on one network find each other (Hazelcast); sessions replicate (web.xml <distributable/>).
CMD ["--deploy", "/opt/payara/deployments/ROOT.war", "--contextroot", "/", "--port", "8080", \
     "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.asadmin", \
     "--postbootcommandfile", "/opt/payara/config/post-boot-commands.asadmin", \
     "--clustername", "csep-portal"]
