package org.servicepact.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A headless Chromium for browser tests: the system's chromium and chromedriver when installed (CI
 * installs them), else whatever Selenium Manager can find. Where no browser can be started the test is
 * skipped with the reason, never passed silently. Screenshots go to {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    private static final String SYSTEM_CHROMIUM = "/usr/bin/chromium";
    private static final String SYSTEM_DRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final String baseUrl;
    private final Path screenshots;

    /** Where the browser saves what it downloads (exports): a folder of its own under target/. */
    private static final Path DOWNLOADS = Path.of(System.getProperty("servicepact.downloads", "target/downloads")).toAbsolutePath();

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.screenshots = Path.of(System.getProperty("servicepact.screenshots", "target/screenshots"));
    }

    public static Browser open(URL base) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=en");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        try {
            if (new File(SYSTEM_CHROMIUM).canExecute() && new File(SYSTEM_DRIVER).canExecute()) {
                options.setBinary(SYSTEM_CHROMIUM);
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(SYSTEM_DRIVER)).build();
                return new Browser(allowingDownloads(new ChromeDriver(service, options)), base.toString());
            }
            return new Browser(allowingDownloads(new ChromeDriver(options)), base.toString());
        } catch (WebDriverException e) {
            Assumptions.abort("No headless Chromium could be started (install Debian's chromium and chromium-driver): "
                    + e.getMessage().lines().findFirst().orElse(""));
            throw e;
        }
    }

    /** Lets every download land in {@link #DOWNLOADS} at once: headless Chromium otherwise holds Office files back. */
    private static ChromeDriver allowingDownloads(ChromeDriver driver) {
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", DOWNLOADS.toString()));
        return driver;
    }

    public void visit(String path) {
        driver.get(baseUrl + path);
        waitForAjax();
    }

    /**
     * Opens the page again and again (at most 60 s) until the element shows the text: for reports, whose
     * figures trail the requests until the rollup has summed them.
     */
    public void visitUntil(String path, String css, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofSeconds(1)).until(d -> {
                visit(path);
                return driver.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text));
            });
        } catch (TimeoutException e) {
            screenshot("failed-waiting-for-figures");
            throw new AssertionError(path + " never showed \"" + text + "\" in " + css + "; it shows:\n" + pageText(), e);
        }
    }

    /**
     * Repeats {@code look} (which may reload pages) every two seconds until it answers true, at most {@code limit};
     * answers whether it did: for what a background job brings about in its own time.
     */
    public boolean eventually(Duration limit, BooleanSupplier look) {
        try {
            return new WebDriverWait(driver, limit, Duration.ofSeconds(2)).until(d -> look.getAsBoolean());
        } catch (TimeoutException e) {
            return false;
        }
    }

    /**
     * Types into a list's search box and waits for its answer (the list redrawn) and for the list to show exactly one
     * row, holding {@code search}: the box sends its search after a pause, so a row seen before that answer arrived
     * proves nothing (and the answer, when it comes, redraws the page's messages).
     */
    public void searchUntilOnly(String searchBoxCss, String tableCss, String search) {
        WebElement before = driver.findElement(By.cssSelector(tableCss));
        type(searchBoxCss, search);
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage("the search never answered")
                .until(ExpectedConditions.stalenessOf(before));
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .withMessage("the list never narrowed to " + search).until(d -> {
                    List<WebElement> rows = d.findElements(By.cssSelector(tableCss + " tbody tr"));
                    return rows.size() == 1 && rows.get(0).getText().contains(search);
                });
        waitForAjax();
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    public boolean isShown(String css) {
        return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    public void click(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d -> {
            find(css).click();
            return true;
        });
        waitForAjax();
        failOnErrorPage(css);
    }

    /**
     * A script the Content-Security-Policy blocked (an inline handler without the page's nonce, say) fails the test
     * at the next screenshot: the page would look right while part of it does nothing.
     */
    private void failOnBlockedScript(String at) {
        List<String> blocked = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(message -> message.contains("Content Security Policy")).toList();
        if (!blocked.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy blocked a script before " + at + ": " + blocked);
        }
    }

    /** A click that lands on the "something went wrong" page fails the test there, not three steps later. */
    public void failOnErrorPage(String after) {
        if (!driver.findElements(By.id("error-unexpected")).isEmpty()) {
            throw new AssertionError("The portal showed its error page after clicking " + after);
        }
    }

    public String text(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> find(css).getText());
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Waits until PrimeFaces has no ajax request under way and the page has loaded. */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())")));
    }

    /** Waits (at most 20 s) until the page shows the text; if it never does, fails saying what the page shows. */
    public void waitForText(String text) {
        try {
            // while a page is replaced, its body may go between finding it and reading it: Chromium then answers
            // "Node … does not belong to the document", which is a WebDriverException but not a stale element
            new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                    .until(d -> pageText().contains(text));
        } catch (TimeoutException e) {
            screenshot("failed-waiting-for-text");
            throw new AssertionError("The page never showed \"" + text + "\"; it shows:\n" + pageText(), e);
        }
    }

    /**
     * Cuts the page off the network, as a train's tunnel or a lost node does: what it sends fails before it reaches
     * the portal ({@code reachable} false), or goes out again ({@code true}).
     */
    public void setReachable(boolean reachable) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !reachable, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Scrolls the element into view, for a screenshot of the lower part of a long page. */
    public void scrollTo(String css) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", find(css));
    }

    public void screenshot(String name) {
        failOnBlockedScript(name);
        try {
            Files.createDirectories(screenshots);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(screenshots.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException("Could not save screenshot " + name, e);
        }
    }

    /** A screenshot at a phone's size (390 × 844), the window put back to the desktop size afterwards. */
    public void screenshotAtPhoneSize(String name) {
        Dimension desktop = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            screenshot(name);
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }

    /** The rules of WCAG 2.1 A and AA that axe-core checks. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * axe-core's WCAG 2.1 A and AA rules on the page as it stands: its critical and serious violations, one line
     * each (rule, what it asks, the elements that break it), or none.
     */
    public List<String> seriousAccessibilityViolations() {
        List<String> found = new ArrayList<>();
        for (Rule rule : new AxeBuilder().withTags(WCAG_21_AA).analyze(driver).getViolations()) {
            if ("critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact())) {
                found.add(rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "): "
                        + rule.getNodes().stream().limit(3).map(CheckedNode::getHtml)
                        .map(html -> html.length() > 160 ? html.substring(0, 160) + "…" : html).toList());
            }
        }
        return found;
    }

    /** By how many pixels the page is wider than the window: a phone's reader would have to scroll sideways. */
    public long horizontalOverflow() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
    }

    /** How many rows the header's main menu takes (0 when the page has none). */
    public long menuRows() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "var tops = new Set();"
                        + "document.querySelectorAll('.portal-menu > ul > li').forEach(function (item) {"
                        + "  if (item.offsetParent !== null) { tops.add(Math.round(item.getBoundingClientRect().top)); } });"
                        + "return tops.size;");
    }

    /** Resizes the window to a laptop's width (1366 px), until {@link #toDesktopSize}. */
    public void toLaptopSize() {
        driver.manage().window().setSize(new Dimension(1366, 768));
    }

    /** Resizes the window to a phone's size (390 × 844) until {@link #toDesktopSize}. */
    public void toPhoneSize() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    public void toDesktopSize() {
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    /**
     * Waits (at most 20 s) for a finished download whose name starts with {@code prefix}; answers its path. A file
     * under its final name is not proof enough (a test once read one before Chromium had written it): a download is
     * finished when no {@code .crdownload} is left and the file holds something (every export does).
     */
    public Path downloaded(String prefix) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try (var files = Files.list(DOWNLOADS)) {
                List<Path> present = files.toList();
                if (present.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) {
                    return null;
                }
                for (Path file : present) {
                    if (file.getFileName().toString().startsWith(prefix) && Files.size(file) > 0) {
                        return file;
                    }
                }
                return null;
            } catch (IOException notYet) {
                return null;
            }
        });
    }

    /** Removes earlier downloads whose name starts with {@code prefix}, so a test sees only its own. */
    public static void forgetDownloads(String prefix) throws IOException {
        Files.createDirectories(DOWNLOADS);
        try (var files = Files.list(DOWNLOADS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                Files.delete(file);
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
