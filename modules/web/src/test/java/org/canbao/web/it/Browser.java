package org.canbao.web.it;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

  Browser(URL base) {
    this.base = Http.local(base);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,768",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--lang=zh-CN", "--accept-lang=zh-CN");
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
        .build();
    driver = new ChromeDriver(service, options);
    // generous: the first page after a deployment compiles its Facelets
    wait = new WebDriverWait(driver, Duration.ofSeconds(45));
  }

  void open(String path) {
    driver.get(base.toString() + path);
  }

  void login(String user, String password) {
    driver.manage().deleteAllCookies();
    open("login.xhtml");
    driver.findElement(By.id("loginForm:username")).sendKeys(user);
    driver.findElement(By.id("loginForm:password")).sendKeys(password);
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(d -> !d.getCurrentUrl().contains("login.xhtml") || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
  }

  void logout() {
    driver.findElement(By.id("logoutForm:logout")).click();
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
  }

  String text(String cssSelector) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector))).getText();
  }

  String pageTitle() {
    return text("h1.cb-page-title");
  }

  List<String> menu() {
    return driver.findElements(By.cssSelector("#menuForm\\:menu .ui-menuitem-text")).stream().map(WebElement::getText).toList();
  }

  void clickMenu(String label) {
    driver.findElements(By.cssSelector("#menuForm\\:menu a.ui-menuitem-link")).stream()
        .filter(a -> a.getText().strip().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no menu entry " + label + " in " + menu()))
        .click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.cb-page-title"), label));
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
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    return take(name);
  }

  /** A screenshot with the given element scrolled to the top of the window (for parts below the fold). */
  Path screenshot(String name, By from) {
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)", driver.findElement(from));
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
}
