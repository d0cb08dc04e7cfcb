# A small inventory service written for this example: the "real code" that `seeds.from_code` analyses.
# It has three deliberate weaknesses (a shell command built from input, SQL built by concatenation, pickle on
# client data) that the analyzer flags; each becomes a Rule2Code seed for Vul2Prompt.
import pickle
import sqlite3
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/items")
def items():
    category = request.args.get("category", "")
    conn = sqlite3.connect("inventory.db")
    rows = conn.execute("SELECT id, name FROM items WHERE category = '" + category + "'").fetchall()
    return {"items": rows}


@app.route("/backup", methods=["POST"])
def backup():
    folder = request.form["folder"]
    subprocess.call("tar czf /backups/inventory.tgz " + folder, shell=True)
    return {"ok": True}


@app.route("/cart", methods=["POST"])
def cart():
    state = pickle.loads(request.get_data())
    return {"count": len(state)}
