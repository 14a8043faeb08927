package io.holdslayer.tests.support;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Debian's headless Chromium driven through its own chromedriver, both found on the {@code PATH} (the test
 * command installs them), so that Selenium never tries to download a browser.
 */
public final class Chromium {

    private Chromium() {
    }

    public static ChromeDriver start() {
        Path browser = onPath("chromium").orElseThrow(() -> new IllegalStateException(
                "chromium is not installed (./holdslayer test installs the Debian packages chromium and chromium-driver)"));
        Path driver = onPath("chromedriver").orElseThrow(() -> new IllegalStateException(
                "chromedriver is not installed (Debian package chromium-driver)"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--window-size=1400,1000",
                "--autoplay-policy=no-user-gesture-required");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return chrome;
    }

    static Optional<Path> onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable).findFirst();
    }
}
