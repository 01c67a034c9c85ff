package org.canbao.web.it;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium at 1366×768 with page-object style helpers for Canbao's screens.
 * Screenshots go to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {
  private final WebDriver driver;
  private final URL base;
  private final WebDriverWait wait;
  private final Path downloads = tempDir();

  Browser(URL base) {
    this(base, "zh-CN");
  }

  /** A browser whose user prefers {@code language} (e.g. "en-US": an English-language browser). */
  Browser(URL base, String language) {
    this.base = Http.local(base);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1366,768",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--lang=" + language,
        "--accept-lang=" + language);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "intl.accept_languages",
            language,
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
            .build();
    driver = new ChromeDriver(service, options);
    // generous: the first page after a deployment compiles its Facelets. Looked at every 50 ms:
    // Selenium's default of 500 ms added a quarter of a second on average to each of the many
    // waits for an ajax update, minutes over the browser tests
    wait = new WebDriverWait(driver, Duration.ofSeconds(45), Duration.ofMillis(50));
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("canbao-downloads");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Clicks a download button and waits for the file to be complete; returns it. */
  Path download(By button) {
    try (var files = Files.list(downloads)) {
      for (Path old : files.toList()) {
        Files.delete(old);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of(
                "behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", true));
    ajaxIdle();
    clickWhenReady(button);
    return wait.until(
        d -> {
          try (var files = Files.list(downloads)) {
            return files
                .filter(
                    f ->
                        !f.getFileName().toString().endsWith(".crdownload")
                            && !f.getFileName().toString().endsWith(".tmp"))
                .filter(f -> f.toFile().length() > 0)
                .findFirst()
                .orElse(null);
          } catch (IOException e) {
            return null;
          }
        });
  }

  /** Errors the page's scripts or resource loads wrote to the console since the last call. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /**
   * The words of the page's own interface — headings, labels, buttons, menu, table headers,
   * paginators, notes, placeholders, empty-table messages — without the data shown in table cells.
   */
  String interfaceText() {
    Object text =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var out = [];"
                    + "document.querySelectorAll('h1,h2,h3,h4,label,legend,button,a.ui-button,.ui-menuitem-text,.ui-submenu-header,"
                    + "th .ui-column-title,.ui-paginator,.ui-datatable-empty-message,.cb-note,.cb-tile-caption,.ui-fieldset-legend,.cb-user,.cb-subline,"
                    + ".ui-messages,.ui-selectonemenu-label').forEach(function (e) {"
                    + " if (e.offsetParent !== null && !e.classList.contains('ui-button-icon-only')) out.push(e.innerText); });"
                    + "document.querySelectorAll('input[placeholder]').forEach(function (e) { if (e.offsetParent !== null) out.push(e.placeholder); });"
                    + "return out.join('\\n');");
    return String.valueOf(text);
  }

  /** Visible buttons and links styled as buttons, by their text. */
  List<String> buttons() {
    return driver.findElements(By.cssSelector("button, a.ui-button, input[type=submit]")).stream()
        .filter(WebElement::isDisplayed)
        .map(e -> e.getText().strip())
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** The links of the side menu: label and address. */
  List<String[]> menuLinks() {
    return driver.findElements(By.cssSelector("#menuForm\\:menu a.ui-menuitem-link")).stream()
        .map(a -> new String[] {a.getText().strip(), a.getAttribute("href")})
        .toList();
  }

  void open(String path) {
    driver.get(base.toString() + path);
  }

  void openUrl(String url) {
    driver.get(url);
  }

  void login(String user, String password) {
    driver.manage().deleteAllCookies();
    open("login.xhtml");
    driver.findElement(By.id("loginForm:username")).sendKeys(user);
    driver.findElement(By.id("loginForm:password")).sendKeys(password);
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(
        d ->
            !d.getCurrentUrl().contains("login.xhtml")
                || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
  }

  void logout() {
    driver.findElement(By.id("logoutForm:logout")).click();
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
  }

  /**
   * Clicks an element once it is shown and enabled, finding it again if an ajax update replaced it
   * between finding and clicking (a button re-rendered with its form).
   */
  void clickWhenReady(By by) {
    wait.until(
        d -> {
          try {
            WebElement e = d.findElement(by);
            if (!e.isDisplayed() || !e.isEnabled()) {
              return false;
            }
            e.click();
            return true;
          } catch (NoSuchElementException
              | StaleElementReferenceException
              | ElementClickInterceptedException e) {
            return false;
          }
        });
  }

  /** Waits until no PrimeFaces ajax request is queued or running. */
  void ajaxIdle() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active == 0));")));
  }

  /** The text of a visible element, found again if an ajax update replaced it while it was read. */
  String text(String cssSelector) {
    return wait.until(
        d -> {
          try {
            WebElement e = d.findElement(By.cssSelector(cssSelector));
            return e.isDisplayed() ? e.getText() : null;
          } catch (NoSuchElementException | StaleElementReferenceException e) {
            return null;
          }
        });
  }

  String pageTitle() {
    return text("h1.cb-page-title");
  }

  List<String> menu() {
    return driver.findElements(By.cssSelector("#menuForm\\:menu .ui-menuitem-text")).stream()
        .map(WebElement::getText)
        .toList();
  }

  void clickMenu(String label) {
    driver.findElements(By.cssSelector("#menuForm\\:menu a.ui-menuitem-link")).stream()
        .filter(a -> a.getText().strip().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no menu entry " + label + " in " + menu()))
        .click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("h1.cb-page-title"), label));
  }

  String body() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String url() {
    return driver.getCurrentUrl();
  }

  WebDriver driver() {
    return driver;
  }

  WebDriverWait waiting() {
    return wait;
  }

  Path screenshot(String name) {
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    return take(name);
  }

  /**
   * A screenshot with the given element scrolled to the top of the window (for parts below the
   * fold).
   */
  Path screenshot(String name, By from) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView(true)", driver.findElement(from));
    return take(name);
  }

  private Path take(String name) {
    try {
      Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs a check; if it fails, keeps a screenshot named FAILED-name for the CI artefacts. */
  void screenshotOnFailure(String name, Runnable check) {
    try {
      check.run();
    } catch (RuntimeException | AssertionError e) {
      screenshot("FAILED-" + name);
      throw e;
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  /** Types into a PrimeFaces auto-complete and chooses the suggestion with the given text. */
  void pick(String id, String typed, String suggestion) {
    driver.findElement(By.id(id + "_input")).sendKeys(typed);
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//*[@id='" + id + "_panel']//li[normalize-space()='" + suggestion + "']")))
        .click();
    wait.until(d -> suggestion.equals(d.findElement(By.id(id + "_input")).getAttribute("value")));
  }
}
