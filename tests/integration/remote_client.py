#!/usr/bin/python3
"""A script as users write them: dispatches every vnd.perfeval: command over a
socket, with the office's own Python UNO and without PerfEval's types.

    /usr/bin/python3 remote_client.py PIPE_NAME DOCUMENT_URL SCRATCH_DIR

Connects to an office that accepts "pipe,name=PIPE_NAME;urp;", finds the
document already open there, and runs check, goto, fix, mark, clearmarks,
export (html, csv, pdf), profile and fixall on its frame, asserting each
result. A result holding a type this process does not know would dispose the
bridge; the script then fails on its next call. Prints one line per command
and "connected" at the end; exits 1 with the reason on the first failure.
(Run by the integration test Commands.APythonClientOverASocketDispatchesEveryCommand.)
"""
import json
import os
import sys

import uno

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fixtures"))
from make_fixtures import props  # noqa: E402  (PropertyValues from keywords)


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def main():
    pipe, doc_url, scratch = sys.argv[1:4]
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
    smgr = ctx.ServiceManager
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    docs = desktop.Components.createEnumeration()
    doc = None
    while docs.hasMoreElements():
        d = docs.nextElement()
        if d.getURL() == doc_url:
            doc = d
    if doc is None:
        fail("the document %s is not open" % doc_url)
    frame = doc.getCurrentController().getFrame()
    helper = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)

    def dispatch(command, **args):
        event = helper.executeDispatch(frame, "vnd.perfeval:" + command, "", 0, props(**args))
        result = getattr(event, "Result", event)  # a notifying dispatch's whole event
        print("%s: %r" % (command, result))
        return result

    def expect(condition, what):
        if not condition:
            fail(what)

    report = json.loads(dispatch("check", Show=False))
    sheet = report["sheets"][0]
    expect(sheet["has_form"], "check: no form found")
    expect(sheet["summary"]["errors"] == 3, "check: %d errors, not 3" % sheet["summary"]["errors"])
    cells = [f["cell"] for f in sheet["findings"] if f["severity"] == "error"]
    expect(cells == ["G5", "H5", "H37"], "check: errors at %s" % cells)
    g5 = sheet["findings"][0]
    expect(g5["fix"] == 1 and g5["expected"] == "100.00%", "check: G5's finding is %r" % g5)

    expect(dispatch("goto", Sheet=sheet["sheet"], Cell="H37") is True, "goto did not go")
    expect(dispatch("fix", Sheet=sheet["sheet"], Cell="G5") is True, "fix did not fix G5")
    dispatch("mark")
    dispatch("clearmarks")
    for fmt in ("html", "csv", "pdf"):
        path = os.path.join(scratch, "remote-report." + fmt)
        written = dispatch("export", Url=uno.systemPathToFileUrl(path), Format=fmt)
        expect(written == uno.systemPathToFileUrl(path), "export %s returned %r" % (fmt, written))
        expect(os.path.getsize(path) > 0, "export %s wrote nothing" % fmt)
    dispatch("profile", Name="linear")
    written = dispatch("fixall")
    expect(written == 1, "fixall wrote %r cells, not the 1 left (H5; H37 holds its 100 already)" % written)
    report = json.loads(dispatch("check", Show=False))
    expect(report["sheets"][0]["summary"]["errors"] == 0, "errors left after fixall")
    refused = dispatch("nosuchcommand")
    expect(isinstance(refused, str) and refused, "an unknown command gave %r" % refused)

    # The bridge is still there: a plain call answers.
    expect(doc.getURL() == doc_url and desktop.Components is not None, "the bridge is gone")
    print("connected")


if __name__ == "__main__":
    main()
