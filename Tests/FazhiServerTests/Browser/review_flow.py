"""A reviewer's session in headless Chromium, driven by Selenium through Debian's chromedriver.

Signs in with a token, dismisses the report's first finding with a reason, confirms its second, sets the report
to 退回修改, reloads, and prints what the reloaded page shows as JSON. Usage:
review_flow.py BASE_URL REPORT_ID TOKEN CHROMIUM
"""
import json
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

base, report_id, token, chromium = sys.argv[1:5]
options = Options()
for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600"):
    options.add_argument(argument)
options.binary_location = chromium
# A loaded machine can be slow to hand Chromium to its driver: try again before giving up.
for attempt in range(3):
    try:
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        break
    except Exception as error:  # noqa: BLE001 - reported, then retried
        print(f"starting Chromium failed ({error}); attempt {attempt + 1} of 3", file=sys.stderr)
        if attempt == 2:
            raise
try:
    driver.get(f"{base}/signin?next=/reports/{report_id}")
    WebDriverWait(driver, 30).until(lambda _: driver.find_elements(By.NAME, "token"))
    driver.find_element(By.NAME, "token").send_keys(token)

    wait = WebDriverWait(driver, 30)

    def submit(button):
        """Clicks a form's button and waits until the page it leads to has loaded."""
        page = driver.find_element(By.TAG_NAME, "html")
        button.click()
        wait.until(expected_conditions.staleness_of(page))
        wait.until(lambda _: driver.execute_script("return document.readyState") == "complete")

    def findings():
        """The report's findings, once the page shows them."""
        return wait.until(lambda _: driver.find_elements(By.CSS_SELECTOR, "div.finding form.decide") and
                          driver.find_elements(By.CSS_SELECTOR, "div.finding"))

    submit(driver.find_element(By.CSS_SELECTOR, "form.panel button"))
    first = findings()[0]
    first.find_element(By.CSS_SELECTOR, "form.decide input[name=text]").send_keys("邮寄延误，已补交")
    submit(first.find_elements(By.CSS_SELECTOR, "form.decide button")[1])
    submit(findings()[1].find_elements(By.CSS_SELECTOR, "form.decide button")[0])
    Select(driver.find_element(By.CSS_SELECTOR, "#set-state select")).select_by_value("returned")
    submit(driver.find_element(By.CSS_SELECTOR, "#set-state button"))
    driver.refresh()
    wait.until(lambda _: driver.execute_script("return document.readyState") == "complete")
    print(json.dumps({
        "url": driver.current_url,
        "user": driver.find_element(By.CSS_SELECTOR, "header .user").text,
        "state": driver.find_element(By.CSS_SELECTOR, "[data-state]").get_attribute("data-state"),
        "decisions": [element.get_attribute("data-decision") for element in findings()],
        "reason": "不是问题：邮寄延误，已补交" in driver.page_source,
    }, ensure_ascii=False))
finally:
    driver.quit()
