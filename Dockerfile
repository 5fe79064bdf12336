# One image per service: docker build --build-arg SERVICE=command-side (or query-side) .
FROM eclipse-temurin:21.0.5_11-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -q -DskipTests package

FROM eclipse-temurin:21.0.5_11-jre
ARG SERVICE
RUN useradd --system --uid 10001 cls
COPY --from=build /src/${SERVICE}/target/${SERVICE}-*.jar /app/service.jar
USER cls
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
