# ICP Filing Handbook. `make serve` to read and check locally, `make test` to run every test.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL = $(SUDO) sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(1) >/dev/null'
ICP_RELEASE = .build/release/icp
ICP_DEBUG = .build/debug/icp
PORT ?= 8080

.PHONY: deps test-deps hosting-deps release site serve dist test test-browser test-hosting bench stress fuzz clean

## Installs libcmark and jemalloc (Debian: libcmark-dev, libjemalloc-dev) when pkg-config cannot find them.
deps:
	@pkg-config --exists libcmark jemalloc || $(call APT_INSTALL,libcmark-dev libjemalloc-dev pkg-config)

## What the browser tests need besides libcmark: headless Chromium, its driver, Selenium, and a Chinese font for the screenshots.
test-deps: deps
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null && /usr/bin/python3 -c 'import selenium' 2>/dev/null \
		|| $(call APT_INSTALL,chromium chromium-driver python3-selenium)
	@fc-list :lang=zh 2>/dev/null | grep -q . || $(call APT_INSTALL,fonts-wqy-microhei)

## What the hosting test needs: nginx from Debian (run unprivileged on a loopback port, not as a service).
hosting-deps:
	@command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || $(call APT_INSTALL,nginx)

release: deps
	$(SWIFT) build -c release --product icp

## Rebuilds public/ from content/ and theme/.
site: release
	$(ICP_RELEASE) build

## Builds in release mode, builds the site and serves it with the checker on http://127.0.0.1:$(PORT).
serve: release
	$(ICP_RELEASE) serve --port $(PORT)

## One archive to install on a Debian server: release binary, built site, nginx and systemd files, INSTALL (see deploy/).
dist: deps
	deploy/make-dist.sh

## Every test: Swift unit, golden, CLI and HTTP tests, then the browser and hosting tests, on one debug build.
test: test-deps hosting-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory test-browser
	$(MAKE) --no-print-directory test-hosting

## Headless Chromium against the site from file:// and against `icp serve` (needs the debug build).
test-browser:
	python3 tests/browser/run.py --icp $(ICP_DEBUG)

## The release archive (packaging the debug binary) unpacked into an empty folder, two instances behind real nginx at /handbook/.
test-hosting:
	PATH="$$PATH:/usr/sbin" python3 tests/hosting/run.py --icp $(ICP_DEBUG)

## Benchmarks (not part of make test); writes bench/results.md.
bench: deps
	bench/run.sh

## Longer attacks on the release server on 127.0.0.1 (not part of make test); writes the Stress section of bench/results.md.
stress: release
	python3 tests/stress/run.py --write

## Runs the fuzz targets (see Fuzz/): the draft decoder and checker, then the Markdown-to-HTML path.
fuzz: deps
	Fuzz/run.sh
	TARGET=FuzzMarkdown Fuzz/run.sh

clean:
	rm -rf .build .build-dist dist test-artifacts
