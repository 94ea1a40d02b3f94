package org.luoshi.support;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright (no browser download), shared by the browser tests of a class:
 * {@code @RegisterExtension static final Browser browser = Browser.perClass();} starts it before the class's tests
 * and closes it after them.
 */
public final class Browser implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private Playwright playwright;
    private com.microsoft.playwright.Browser chromium;

    private Browser() {}

    /** A browser for one test class, registered with {@code @RegisterExtension}. */
    public static Browser perClass() {
        return new Browser();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void start() {
        playwright = Playwright.create();
        chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /** A fresh context (no cookies), not logged in: the public. */
    public Page anonymous() {
        return chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 900))
                .newPage();
    }

    /** A fresh context (no cookies) logged in as {@code username}, with a desktop viewport. */
    public Page loggedIn(int port, String username) {
        return loggedIn(port, username, true);
    }

    /** The same, with JavaScript switched off ({@code script} false): the pages must work without it. */
    public Page loggedIn(int port, String username, boolean script) {
        Page page = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setViewportSize(1280, 900)
                        .setJavaScriptEnabled(script))
                .newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
                .click();
        return page;
    }

    /**
     * A fresh context (no cookies) the size of a phone (375×740, touch, mobile viewport) logged in as
     * {@code username}; the login page itself is checked by {@code onLoginPage} before logging in.
     */
    public Page phone(int port, String username, java.util.function.Consumer<Page> onLoginPage) {
        Page page = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setViewportSize(375, 740)
                        .setIsMobile(true)
                        .setHasTouch(true)
                        .setDeviceScaleFactor(2))
                .newPage();
        page.navigate("http://localhost:" + port + "/login");
        onLoginPage.accept(page);
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
                .click();
        return page;
    }

    /** The width of the page's content: no wider than the viewport when nothing scrolls sideways. */
    public static int scrollWidth(Page page) {
        return ((Number) page.evaluate("document.scrollingElement.scrollWidth")).intValue();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
