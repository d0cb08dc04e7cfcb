// Dev suite "py-rules", batch 55 (format in py-rules.ts): written blind, measured before any fix. Query, XML
// and template APIs from Pysa's taint models and CodeQL's Python framework models that the suite used little
// (duckdb, clickhouse_driver, cassandra, peewee, pandas.read_sql_query, xml.sax with external entities, lxml
// parsers, mako, genshi, jinja2's compile_expression and its sandbox), reached from request sources of the
// less common frameworks (cherrypy, twisted, bottle, falcon, pyramid, sanic). Each positive has a safe
// look-alike (bound parameters, a parser with entities off, a template from a file). Cases written here,
// never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH55: DevCase[] = [
  ...rules(
    "CWE-89",
    "batch55: duckdb and clickhouse analytics behind cherrypy",
    `
import cherrypy
import duckdb
from clickhouse_driver import Client

ch = Client("clickhouse.internal")


class Analytics:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def events(self, kind="click"):
        rows = duckdb.sql(f"SELECT * FROM 'events.parquet' WHERE kind = '{kind}'").fetchall() # VULN
        rows2 = duckdb.execute("SELECT * FROM 'events.parquet' WHERE kind = ?", [kind]).fetchall() # SAFE
        return {"rows": rows + rows2}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def sessions(self):
        user = cherrypy.request.params.get("user", "")
        con = duckdb.connect("/srv/warehouse.duckdb", read_only=True)
        rows = con.execute("SELECT * FROM sessions WHERE user_name = '" + user + "'").fetchall() # VULN
        rows2 = con.execute("SELECT * FROM sessions WHERE user_name = $1", [user]).fetchall() # SAFE
        return {"rows": rows + rows2}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def hits(self, site):
        rows = ch.execute("SELECT count() FROM hits WHERE site = '%s'" % site) # VULN
        rows2 = ch.execute("SELECT count() FROM hits WHERE site = %(site)s", {"site": site}) # SAFE
        return {"rows": rows + rows2}


cherrypy.quickstart(Analytics())
`,
  ),
  ...rules(
    "CWE-89",
    "batch55: cassandra and peewee behind falcon resources",
    `
import falcon
from cassandra.cluster import Cluster
from peewee import SQL, CharField, Model, PostgresqlDatabase

session = Cluster(["cass1.internal"]).connect("shop")
db = PostgresqlDatabase("shop")


class Order(Model):
    customer = CharField()

    class Meta:
        database = db


class Orders:
    def on_get(self, req, resp):
        customer = req.get_param("customer")
        rows = session.execute("SELECT * FROM orders WHERE customer = '" + customer + "'") # VULN
        rows2 = session.execute("SELECT * FROM orders WHERE customer = %s", (customer,)) # SAFE
        stmt = session.prepare("SELECT * FROM orders WHERE customer = ?")
        rows3 = session.execute(stmt, [customer]) # SAFE
        resp.media = {"n": len(list(rows)) + len(list(rows2)) + len(list(rows3))}

    def on_post(self, req, resp):
        body = req.media
        cur = db.execute_sql("DELETE FROM order WHERE customer = '%s'" % body["customer"]) # VULN
        cur2 = db.execute_sql("DELETE FROM order WHERE customer = %s", (body["customer"],)) # SAFE
        q = Order.select().where(SQL("customer = '%s'" % body["customer"])) # VULN
        q2 = Order.select().where(SQL("customer = %s", [body["customer"]])) # SAFE
        q3 = Order.raw("SELECT * FROM order WHERE customer = '" + body["customer"] + "'") # VULN
        resp.media = {"deleted": cur.rowcount + cur2.rowcount, "left": q.count() + q2.count() + len(list(q3))}


app = falcon.App()
app.add_route("/orders", Orders())
`,
  ),
  ...rules(
    "CWE-89",
    "batch55: pandas reports behind bottle and pyramid",
    `
import sqlite3

import pandas as pd
from bottle import request, route
from pyramid.view import view_config

con = sqlite3.connect("/srv/reports.db", check_same_thread=False)


@route("/report")
def report():
    region = request.query.region
    df = pd.read_sql_query(f"SELECT * FROM sales WHERE region = '{region}'", con) # VULN
    df2 = pd.read_sql_query("SELECT * FROM sales WHERE region = ?", con, params=(region,)) # SAFE
    return df.to_html() + df2.to_html()


@view_config(route_name="totals", renderer="json")
def totals(request):
    year = request.matchdict["year"]
    df = pd.read_sql("SELECT sum(total) FROM sales WHERE year = " + year, con) # VULN
    df2 = pd.read_sql("SELECT sum(total) FROM sales WHERE year = ?", con, params=[year]) # SAFE
    return {"a": df.to_dict(), "b": df2.to_dict()}
`,
  ),
  ...rules(
    "CWE-611",
    "batch55: xml.sax and lxml parsers configured for entities",
    `
import xml.sax
from xml.sax.handler import feature_external_ges

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


class Collector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []

    def startElement(self, name, attrs):
        self.names.append(name)


@app.post("/import/sax")
def import_sax():
    handler = Collector()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(request.files["doc"]) # VULN
    safe = xml.sax.make_parser()
    safe.setFeature(feature_external_ges, False)
    safe.setContentHandler(handler)
    safe.parse(request.files["doc"]) # SAFE
    return {"names": handler.names}


@app.post("/import/lxml")
def import_lxml():
    loose = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = etree.fromstring(request.get_data(), loose) # VULN
    strict = etree.XMLParser(resolve_entities=False, no_network=True)
    doc2 = etree.fromstring(request.get_data(), strict) # SAFE
    tree = etree.parse(request.files["doc"], etree.XMLParser(load_dtd=True, resolve_entities=True)) # VULN
    return {"a": doc.tag, "b": doc2.tag, "c": tree.getroot().tag}
`,
  ),
  ...rules(
    "CWE-1336",
    "batch55: mako, genshi and jinja2 templates built from sanic requests",
    `
from genshi.template import MarkupTemplate, TemplateLoader
from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment
from mako.lookup import TemplateLookup
from mako.template import Template
from sanic import Sanic
from sanic.response import html

app = Sanic("cards")
lookup = TemplateLookup(directories=["/srv/templates"])
loader = TemplateLoader(["/srv/templates"])


@app.post("/cards/preview")
async def preview(request):
    body = request.json
    out = Template(body["template"]).render(name=body["name"]) # VULN
    out2 = lookup.get_template("card.html").render(name=body["name"]) # SAFE
    out3 = MarkupTemplate(request.form.get("markup")).generate(name=body["name"]).render("html") # VULN
    out4 = loader.load("card.xml").generate(name=body["name"]).render("html") # SAFE
    return html(out + out2 + out3 + out4)


@app.get("/cards/filter")
async def card_filter(request):
    expr = Environment().compile_expression(request.args.get("expr")) # VULN CWE-94
    box = SandboxedEnvironment().from_string(request.args.get("tpl")) # SAFE
    return html(str(expr(points=3)) + box.render(points=3))
`,
  ),
  ...rules(
    "CWE-89",
    "batch55: twisted resources querying sqlite",
    `
import sqlite3

from twisted.web.resource import Resource

db = sqlite3.connect("/srv/inventory.db", check_same_thread=False)


class Items(Resource):
    isLeaf = True

    def render_GET(self, request):
        sku = request.args[b"sku"][0].decode()
        rows = db.execute("SELECT * FROM items WHERE sku = '%s'" % sku).fetchall() # VULN
        rows2 = db.execute("SELECT * FROM items WHERE sku = ?", (sku,)).fetchall() # SAFE
        return str(len(rows) + len(rows2)).encode()

    def render_POST(self, request):
        body = request.content.read().decode()
        db.execute("INSERT INTO audit (note) VALUES ('" + body + "')") # VULN
        db.execute("INSERT INTO audit (note) VALUES (?)", (body,)) # SAFE
        return b"ok"
`,
  ),
];
