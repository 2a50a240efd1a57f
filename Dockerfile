# syntax=docker/dockerfile:1
# Build: the jar, extracted (application.jar + lib/) so the dependency layers stay cached between releases and
# the JDK's AOT cache can map the same class path at every start.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /workspace
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -DskipTests package \
 && cp target/vara-civel-cariacica-*.jar application.jar \
 && java -Djarmode=tools -jar application.jar extract --layers --destination /workspace/extracted

# Run: JDK 25's runtime (the code targets Java 21; 25 adds the AOT cache), a non-root user, and a health check on
# the liveness probe. bench/startup.sh measured the fat jar, the extracted jar and the extracted jar with the AOT
# cache; the last starts fastest (docs/PERFORMANCE.md), so the entrypoint trains the cache on the first start of
# a container (it needs the real database) and uses it afterwards.
FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app court \
 && mkdir -p /app/aot && chown court /app/aot
WORKDIR /app
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
COPY --chmod=755 deploy/docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
USER court
EXPOSE 8080
# Heap and GC for the target (one core, 1,500 conversations; docs/PERFORMANCE.md): a fixed 512 MB heap (the
# container needs ~768 MB with metaspace, code cache and 1,500 upstream sockets), the serial collector (on one core
# a concurrent collector only competes with the requests), a young generation of 256 MB with survivors of 64 MB that
# may fill to 90 % (each of the 1,500 messages waiting two seconds on the model keeps ~30 KB alive: with 13 MB
# survivors that state overflowed into the old generation at every young collection and a 0.4 s full collection
# followed every 5 s; now it dies in the survivors and the old generation holds only what lives), compact object
# headers (JDK 25: 8-byte headers instead of 12), and a rotating GC log to read after an incident. Override with
# JAVA_TOOL_OPTIONS for a bigger machine.
ENV JAVA_TOOL_OPTIONS="-Xms512m -Xmx512m -Xmn256m -XX:SurvivorRatio=2 -XX:TargetSurvivorRatio=90 -XX:+UseSerialGC -XX:+UseCompactObjectHeaders -XX:+ExitOnOutOfMemoryError -Xlog:gc:file=/tmp/gc.log:time,uptime:filecount=5,filesize=10m"
HEALTHCHECK --interval=15s --timeout=3s --start-period=90s --retries=3 \
  CMD curl -fsS http://localhost:8080/livez || exit 1
ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]
