#!/usr/bin/env python3
"""bench/cluster.sh's content and search checks: a page published and then edited through one node (signed in there,
with the console's own form, as a browser posts it), read back from the other node directly. Prints how long the
other node took to serve the edit and to find its new word, and whether both nodes give the page the same ETag.
Exits 1 on a miss: not served fresh within 2 s, different ETags, or not found within 3 s.
   cluster-content.py EDITING_NODE_URL OTHER_NODE_URL EMAIL PASSWORD
Standard library only."""
import html.parser
import http.cookiejar
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

editing, other, email, password = sys.argv[1:5]
jar = http.cookiejar.CookieJar()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


signed_in = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
anonymous = urllib.request.build_opener(NoRedirect)


def fetch(opener, url, data=None):
    """(status, headers, body) without following redirects."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with opener.open(urllib.request.Request(url, data=body), timeout=30) as answer:
            return answer.status, answer.headers, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as answer:
        return answer.code, answer.headers, answer.read().decode("utf-8", "replace")


class Form(html.parser.HTMLParser):
    """The fields of one form as a browser would post them: inputs, textareas, the chosen option of each select."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.fields = form_id, False, {}
        self.select = self.textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("id") == self.form_id
        elif not self.inside:
            return
        elif tag == "input" and a.get("name") and a.get("type") not in ("submit", "button", "checkbox", "radio"):
            self.fields[a["name"]] = a.get("value", "")
        elif tag == "textarea" and a.get("name"):
            self.textarea = a["name"]
            self.fields[self.textarea] = ""
        elif tag == "select" and a.get("name"):
            self.select = a["name"]
            self.fields.setdefault(self.select, "")
        elif tag == "option" and self.select and "selected" in a:
            self.fields[self.select] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data


def form_of(page, form_id):
    parser = Form(form_id)
    parser.feed(page)
    if "jakarta.faces.ViewState" not in parser.fields:
        sys.exit(f"no form {form_id} on the page")
    return parser.fields


def publish(page_id, title, slug, body):
    """Posts the editor's form with these fields and presses "Publish now"; returns the page's id."""
    path = "/admin/content/page" + (f"?id={page_id}" if page_id else "")
    status, _, page = fetch(signed_in, editing + path)
    if status != 200:
        sys.exit(f"the editor answered {status} on {path}")
    fields = form_of(page, "editor")
    fields.update({"editor:title": title, "editor:slug": slug, "editor:body_input": body, "editor:publish": "Publish now"})
    status, headers, answer = fetch(signed_in, editing + path, fields)
    if status in (301, 302, 303):
        location = headers.get("Location", "")
        if "id=" in location:
            return location.split("id=")[1].split("&")[0]
    if page_id:
        return page_id
    sys.exit(f"publishing {slug} answered {status} without the new page's id")


def until(limit, check):
    """Seconds until check() holds, polled every 50 ms, up to twice the limit; None if it never did."""
    started = time.monotonic()
    while time.monotonic() - started < 2 * limit:
        if check():
            return time.monotonic() - started
        time.sleep(0.05)
    return None


def etag(base, path):
    status, headers, _ = fetch(anonymous, base + path)
    return status, headers.get("ETag")


status, _, login = fetch(signed_in, editing + "/login")
fields = form_of(login, "signIn")
fields.update({"signIn:email": email, "signIn:password": password, "signIn:submit": "Sign in"})
fetch(signed_in, editing + "/login", fields)
if fetch(signed_in, editing + "/admin/")[0] != 200:
    sys.exit("could not sign in on " + editing)

run = uuid.uuid4().hex[:8]
slug, title = f"cluster-check-{run}", f"Cluster check {run}"
first, second = f"lanternfirst{run}", f"harbourworded{run}"
page_id = publish(None, title, slug, f"<p>The first version says {first}.</p>")
served = until(10, lambda: first in fetch(anonymous, other + "/" + slug)[2])
print(f"content: a new page published on {editing} served by {other} after "
      + (f"{served:.2f} s" if served is not None else "more than 20 s (MISS)"))

publish(page_id, title, slug, f"<p>The second version says {second}.</p>")
fresh = until(2, lambda: second in fetch(anonymous, other + "/" + slug)[2])
here, there = etag(editing, "/" + slug), etag(other, "/" + slug)
found = until(3, lambda: title in fetch(anonymous, other + "/search?q=" + second)[2])
print(f"content: the edit served fresh by {other} after " + (f"{fresh:.2f} s" if fresh is not None else "more than 4 s")
      + f" (limit 2 s); ETag {here[1]} on the editing node, {there[1]} on the other")
print(f"search: the edit's new word found on {other} after "
      + (f"{found:.2f} s" if found is not None else "more than 6 s") + " (limit 3 s)")
missed = [m for m, bad in [("not served fresh within 2 s", fresh is None or fresh > 2),
                           ("different ETags", here[1] is None or here != there),
                           ("not found within 3 s", found is None or found > 3)] if bad]
if served is None or missed:
    print("content/search MISS: " + ", ".join(missed or ["the new page never reached the other node"]))
    sys.exit(1)
