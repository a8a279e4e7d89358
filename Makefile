# The two commands a newcomer needs: `make demo` and `make test`.
# Both find a JDK >= 21 themselves (the machine's default java may be older).

SHELL := /bin/bash
JAVA_HOME := $(shell scripts/java-home)
export JAVA_HOME
MVN := mvn -B -ntp
SERVER_JAR := robson-server/target/robson-server.jar
SOURCES := pom.xml $(shell find robson-core robson-server -path '*/target' -prune -o \( -name '*.java' -o -name '*.sql' -o -name '*.yml' -o -name 'pom.xml' \) -print)

.PHONY: demo test build clean

## Start the demo server (embedded database, simulated market, demo tenants).
demo: $(SERVER_JAR)
	$(JAVA_HOME)/bin/java -jar $(SERVER_JAR) --spring.profiles.active=demo

## Build, then run every suite: unit, persistence (H2 and PostgreSQL), API, coverage gates.
test:
	scripts/check-services
	$(MVN) install

build: $(SERVER_JAR)

$(SERVER_JAR): $(SOURCES)
	$(MVN) -q install -DskipTests -Djacoco.skip=true

clean:
	$(MVN) -q clean
