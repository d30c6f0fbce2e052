package org.beacon.portal.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium for the whole browser suite (started on first use, closed when the suite ends),
 * handed to each test with its cookies cleared, so every test starts as a new visitor.
 */
public class Browser implements ParameterResolver, BeforeEachCallback, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return driver(context);
    }

    /** Keeps what the browser showed when a test failed: a screenshot and the page source, beside the reports. */
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        WebDriver driver = context.getRoot().getStore(NAMESPACE).get("driver", Session.class) == null ? null : driver(context);
        if (driver == null) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of("target", "failsafe-reports", "browser"));
            String name = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_");
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        asNewVisitor(driver(context));
    }

    /** Forgets every cookie of the portal, so the next request comes from someone the site has never seen. */
    static void asNewVisitor(WebDriver driver) {
        // Cookies can only be deleted for the site the browser is on.
        driver.get(Portal.url("/health"));
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
    }

    /**
     * Clicks something that loads a new page (a form submit, a non-ajax button) and waits until the new page has
     * replaced the old one. The old page is marked first: chromedriver's own staleness check is unreliable here.
     */
    static void clickAndWaitForNextPage(WebDriver driver, WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("document.documentElement.setAttribute('data-left', 'yes')");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !document.documentElement.hasAttribute('data-left')")));
    }

    /** Clicks something that sends a PrimeFaces ajax request and waits until it is answered and the page updated. */
    static void clickAndWaitForAjax(WebDriver driver, WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.beaconAjaxDone = false; jQuery(document).one('pfAjaxComplete', function () { window.beaconAjaxDone = true; });");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return window.beaconAjaxDone === true && PrimeFaces.ajax.Queue.isEmpty()")));
    }

    /** Opens a PrimeFaces select and clicks the option with this text, as a person with a mouse would. */
    static void choose(WebDriver driver, String id, String option) {
        driver.findElement(By.id(id)).click();
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='" + id + "_panel']//li[normalize-space(.)='" + option + "']")));
        new Actions(driver).moveToElement(item).click().perform();
    }

    private static WebDriver driver(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("driver", key -> new Session(start()), Session.class).driver;
    }

    private static WebDriver start() {
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1280,900", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-quic");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private record Session(WebDriver driver) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            driver.quit();
        }
    }
}
