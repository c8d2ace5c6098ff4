<?xml version="1.0" encoding="UTF-8"?>
<!--
  Minutes XML to one readable, accessible, printable HTML page: meeting
  facts, attendance tables, a section per item with its decisions set
  apart, signatures, and the furniture that was removed.  No scripts, no
  external resources.  Parameters: lang (the labels are Swedish for sv, else English;
  by default the document's xml:lang), title.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:m="urn:protokoll:minutes:1"
    exclude-result-prefixes="m">

  <xsl:output method="html" encoding="UTF-8" indent="no"
      doctype-system="about:legacy-compat"/>

  <xsl:param name="lang" select="''"/>
  <!-- The language: the parameter, else the document's (xml:lang). -->
  <xsl:variable name="language">
    <xsl:choose>
      <xsl:when test="$lang != ''"><xsl:value-of select="$lang"/></xsl:when>
      <xsl:when test="/m:minutes/@xml:lang"><xsl:value-of select="/m:minutes/@xml:lang"/></xsl:when>
      <xsl:otherwise>sv</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:param name="title" select="''"/>
  <!-- Whether the labels are Swedish: decided once, not per label. -->
  <xsl:variable name="sv" select="$language = 'sv'"/>

  <xsl:template name="t">
    <xsl:param name="k"/>
    <!-- Labels in Swedish for Swedish minutes, else in English.  The
         language is decided once ($sv), and the commonest labels come
         first: the template runs for every line of furniture and every
         person. -->
    <xsl:choose>
      <xsl:when test="$sv">
        <xsl:choose>
          <xsl:when test="$k = 'page'">sida</xsl:when>
          <xsl:when test="$k = 'present'">närvarande</xsl:when>
          <xsl:when test="$k = 'absent'">frånvarande</xsl:when>
          <xsl:when test="$k = 'unknown'">okänt</xsl:when>
          <xsl:when test="$k = 'remote'">på distans</xsl:when>
          <xsl:when test="$k = 'case'">Diarienummer</xsl:when>
          <xsl:when test="$k = 'ocr'">Läst med OCR</xsl:when>
          <xsl:when test="$k = 'low'">låg säkerhet, granska</xsl:when>
          <xsl:when test="$k = 'pages'">sidor</xsl:when>
          <xsl:when test="$k = 'facts'">Sammanträde</xsl:when>
          <xsl:when test="$k = 'date'">Datum</xsl:when>
          <xsl:when test="$k = 'time'">Tid</xsl:when>
          <xsl:when test="$k = 'place'">Plats</xsl:when>
          <xsl:when test="$k = 'kind'">Dokumenttyp</xsl:when>
          <xsl:when test="$k = 'docdate'">Dokumentets datum</xsl:when>
          <xsl:when test="$k = 'adjusted'">Justering</xsl:when>
          <xsl:when test="$k = 'scope'">Paragrafer</xsl:when>
          <xsl:when test="$k = 'attendance'">Närvaro</xsl:when>
          <xsl:when test="$k = 'name'">Namn</xsl:when>
          <xsl:when test="$k = 'party'">Parti</xsl:when>
          <xsl:when test="$k = 'role'">Roll</xsl:when>
          <xsl:when test="$k = 'about'">Titel, organisation</xsl:when>
          <xsl:when test="$k = 'items'">Ärenden</xsl:when>
          <xsl:when test="$k = 'decision'">Beslut</xsl:when>
          <xsl:when test="$k = 'signatures'">Underskrifter</xsl:when>
          <xsl:when test="$k = 'furniture'">Borttagen sidinformation</xsl:when>
          <xsl:when test="$k = 'source'">Källa</xsl:when>
          <xsl:otherwise><xsl:value-of select="$k"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:choose>
          <xsl:when test="$k = 'page'">page</xsl:when>
          <xsl:when test="$k = 'present'">present</xsl:when>
          <xsl:when test="$k = 'absent'">absent</xsl:when>
          <xsl:when test="$k = 'unknown'">unknown</xsl:when>
          <xsl:when test="$k = 'remote'">remote</xsl:when>
          <xsl:when test="$k = 'case'">Case</xsl:when>
          <xsl:when test="$k = 'ocr'">Read by OCR</xsl:when>
          <xsl:when test="$k = 'low'">low confidence, check</xsl:when>
          <xsl:when test="$k = 'pages'">pages</xsl:when>
          <xsl:when test="$k = 'facts'">Meeting</xsl:when>
          <xsl:when test="$k = 'date'">Date</xsl:when>
          <xsl:when test="$k = 'time'">Time</xsl:when>
          <xsl:when test="$k = 'place'">Place</xsl:when>
          <xsl:when test="$k = 'kind'">Document</xsl:when>
          <xsl:when test="$k = 'docdate'">Document date</xsl:when>
          <xsl:when test="$k = 'adjusted'">Adjustment</xsl:when>
          <xsl:when test="$k = 'scope'">Items</xsl:when>
          <xsl:when test="$k = 'attendance'">Attendance</xsl:when>
          <xsl:when test="$k = 'name'">Name</xsl:when>
          <xsl:when test="$k = 'party'">Party</xsl:when>
          <xsl:when test="$k = 'role'">Role</xsl:when>
          <xsl:when test="$k = 'about'">Title, organisation</xsl:when>
          <xsl:when test="$k = 'items'">Items</xsl:when>
          <xsl:when test="$k = 'decision'">Decision</xsl:when>
          <xsl:when test="$k = 'signatures'">Signatures</xsl:when>
          <xsl:when test="$k = 'furniture'">Removed page furniture</xsl:when>
          <xsl:when test="$k = 'source'">Source</xsl:when>
          <xsl:otherwise><xsl:value-of select="$k"/></xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/m:minutes">
    <xsl:variable name="mt" select="m:meeting"/>
    <xsl:variable name="name">
      <xsl:choose>
        <xsl:when test="$title != ''"><xsl:value-of select="$title"/></xsl:when>
        <xsl:when test="$mt/@body"><xsl:value-of select="$mt/@body"/></xsl:when>
        <xsl:when test="$mt/@organization"><xsl:value-of select="$mt/@organization"/></xsl:when>
        <xsl:otherwise>Protokoll</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <html lang="{$language}">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="protokoll"/>
        <title>
          <xsl:value-of select="$name"/>
          <xsl:if test="$mt/@date"> – <xsl:value-of select="$mt/@date"/></xsl:if>
        </title>
        <style>
body { font: 16px/1.5 Georgia, "DejaVu Serif", serif; color: #111; background: #fff; max-width: 48rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.7rem; margin: .5rem 0 0; }
h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid #999; }
h3 { font-size: 1.05rem; margin-bottom: .2rem; }
.org { font-variant: small-caps; margin: 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; }
th, td { border: 1px solid #bbb; padding: .2rem .4rem; text-align: left; vertical-align: top; }
th { background: #eee; }
.absent { color: #555; }
.decision { border-left: .35rem solid #1a5d1a; background: #eef6ee; padding: .4rem .8rem; margin: .6rem 0; }
.decision h3 { margin-top: 0; }
.side { float: right; clear: right; width: 11rem; margin: 0 0 .5rem 1rem; padding: .3rem .5rem; border: 1px dashed #888; font-size: .9rem; white-space: pre-line; }
.case { font-family: "DejaVu Sans Mono", monospace; }
.signature { display: inline-block; min-width: 14rem; margin: 1rem 2rem 0 0; vertical-align: top; white-space: pre-line; }
.notice { border: 1px solid #999; padding: .5rem .8rem; margin: 1rem 0; }
footer { margin-top: 3rem; font-size: .85rem; color: #444; border-top: 1px solid #ccc; }
.low { color: #a00; font-weight: bold; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .item { break-inside: avoid-page; }
  h2 { break-after: avoid; }
  details { display: none; }
}
        </style>
      </head>
      <body>
        <header>
          <xsl:if test="$mt/@organization and $mt/@body">
            <p class="org"><xsl:value-of select="$mt/@organization"/></p>
          </xsl:if>
          <h1><xsl:value-of select="$name"/></h1>
          <xsl:if test="$mt/@kind"><p class="kind"><xsl:value-of select="$mt/@kind"/></p></xsl:if>
          <xsl:call-template name="facts"/>
        </header>
        <main>
          <xsl:apply-templates select="m:front/m:participants"/>
          <xsl:apply-templates select="m:front/m:p | m:front/m:list | m:front/m:table | m:front/m:notice | m:front/m:contact"/>
          <xsl:if test="m:items/m:item">
            <xsl:apply-templates select="m:items/m:item"/>
          </xsl:if>
          <xsl:if test="m:front/m:signatures | m:back/m:signatures">
            <section aria-labelledby="signatures">
              <h2 id="signatures"><xsl:call-template name="t"><xsl:with-param name="k" select="'signatures'"/></xsl:call-template></h2>
              <xsl:apply-templates select="m:front/m:signatures/m:signature | m:back/m:signatures/m:signature"/>
            </section>
          </xsl:if>
          <xsl:apply-templates select="m:back/m:participants | m:back/m:p | m:back/m:list | m:back/m:table"/>
        </main>
        <footer>
          <xsl:apply-templates select="m:furniture[m:fw]"/>
          <p>
            <xsl:call-template name="t"><xsl:with-param name="k" select="'source'"/></xsl:call-template>:
            <xsl:value-of select="m:source/@file"/>
            (<xsl:value-of select="m:source/@format"/>, <xsl:value-of select="m:source/@pages"/>
            <xsl:text> </xsl:text>
            <xsl:call-template name="t"><xsl:with-param name="k" select="'page'"/></xsl:call-template>)
            · SHA-256 <span class="case"><xsl:value-of select="m:source/@sha256"/></span>
            · profile <xsl:value-of select="m:source/@profile"/>
          </p>
          <xsl:apply-templates select="m:source/m:ocr"/>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- Which pages OCR read, how sure it was; the pages to check. -->
  <xsl:template match="m:ocr">
    <p class="ocr">
      <xsl:call-template name="t"><xsl:with-param name="k" select="'ocr'"/></xsl:call-template>
      <xsl:text> (</xsl:text>
      <xsl:value-of select="@engine"/>, <xsl:value-of select="@lang"/>
      <xsl:text>): </xsl:text>
      <xsl:call-template name="t"><xsl:with-param name="k" select="'pages'"/></xsl:call-template>
      <xsl:for-each select="m:page">
        <xsl:text> </xsl:text>
        <span>
          <xsl:if test="@low = 'true'"><xsl:attribute name="class">low</xsl:attribute></xsl:if>
          <xsl:value-of select="@n"/>
          <xsl:if test="@confidence"> (<xsl:value-of select="@confidence"/> %<xsl:if test="@low = 'true'">, <xsl:call-template name="t"><xsl:with-param name="k" select="'low'"/></xsl:call-template></xsl:if>)</xsl:if>
        </span>
        <xsl:if test="position() != last()">,</xsl:if>
      </xsl:for-each>
    </p>
  </xsl:template>

  <xsl:template name="fact">
    <xsl:param name="k"/>
    <xsl:param name="v"/>
    <xsl:if test="string($v) != ''">
      <dt><xsl:call-template name="t"><xsl:with-param name="k" select="$k"/></xsl:call-template></dt>
      <dd><xsl:value-of select="$v"/></dd>
    </xsl:if>
  </xsl:template>

  <xsl:template name="facts">
    <xsl:variable name="mt" select="m:meeting"/>
    <xsl:variable name="adj" select="m:adjustment"/>
    <dl class="facts">
      <xsl:call-template name="fact"><xsl:with-param name="k" select="'date'"/><xsl:with-param name="v" select="$mt/@date"/></xsl:call-template>
      <xsl:if test="$mt/@start">
        <xsl:call-template name="fact"><xsl:with-param name="k" select="'time'"/><xsl:with-param name="v" select="concat($mt/@start, '–', $mt/@end)"/></xsl:call-template>
      </xsl:if>
      <xsl:call-template name="fact"><xsl:with-param name="k" select="'place'"/><xsl:with-param name="v" select="$mt/@place"/></xsl:call-template>
      <xsl:call-template name="fact"><xsl:with-param name="k" select="'docdate'"/><xsl:with-param name="v" select="$mt/@document-date"/></xsl:call-template>
      <xsl:if test="$adj/@date or $adj/@place">
        <xsl:call-template name="fact"><xsl:with-param name="k" select="'adjusted'"/><xsl:with-param name="v" select="normalize-space(concat($adj/@place, ' ', $adj/@date))"/></xsl:call-template>
      </xsl:if>
      <xsl:call-template name="fact"><xsl:with-param name="k" select="'scope'"/><xsl:with-param name="v" select="$adj/@scope"/></xsl:call-template>
    </dl>
  </xsl:template>

  <xsl:template match="m:participants">
    <table class="participants {@group}">
      <caption><xsl:apply-templates select="m:label"/></caption>
      <thead>
        <tr>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="k" select="'name'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="k" select="'party'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="k" select="'role'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="k" select="'about'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="k" select="'attendance'"/></xsl:call-template></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="m:person">
          <tr class="{@attendance}">
            <th scope="row"><xsl:value-of select="normalize-space(m:name)"/></th>
            <td><xsl:value-of select="@party"/></td>
            <td><xsl:value-of select="normalize-space(m:role)"/></td>
            <td><xsl:value-of select="normalize-space(m:title | m:affiliation)"/></td>
            <td>
              <xsl:call-template name="t"><xsl:with-param name="k" select="@attendance"/></xsl:call-template>
              <xsl:if test="@remote = 'true'">, <xsl:call-template name="t"><xsl:with-param name="k" select="'remote'"/></xsl:call-template></xsl:if>
            </td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template match="m:item">
    <section class="item" aria-labelledby="item-{position()}">
      <h2 id="item-{position()}"><xsl:apply-templates select="m:head"/></h2>
      <xsl:for-each select="m:cases/m:case | m:head/m:case">
        <p><xsl:call-template name="t"><xsl:with-param name="k" select="'case'"/></xsl:call-template>: <span class="case"><xsl:value-of select="."/></span></p>
      </xsl:for-each>
      <xsl:apply-templates select="m:section[@placement = 'side']"/>
      <xsl:apply-templates select="*[not(self::m:head or self::m:cases or @placement = 'side')]"/>
    </section>
  </xsl:template>

  <xsl:template match="m:section">
    <div class="section {@type}">
      <xsl:if test="m:heading">
        <h3><xsl:apply-templates select="m:heading"/></h3>
      </xsl:if>
      <xsl:apply-templates select="*[not(self::m:heading)]"/>
    </div>
  </xsl:template>

  <xsl:template match="m:section[@type = 'decision']">
    <div class="decision" role="note">
      <h3><xsl:apply-templates select="m:heading"/></h3>
      <xsl:apply-templates select="*[not(self::m:heading)]"/>
    </div>
  </xsl:template>

  <xsl:template match="m:section[@placement = 'side']">
    <aside class="side"><xsl:apply-templates select="m:p/node()"/></aside>
  </xsl:template>

  <xsl:template match="m:decision">
    <div class="decision-text">
      <xsl:apply-templates select="m:p | m:list | m:table"/>
      <xsl:if test="m:clause">
        <ul class="clauses">
          <xsl:for-each select="m:clause">
            <li><xsl:apply-templates/></li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </div>
  </xsl:template>

  <xsl:template match="m:notice">
    <div class="notice">
      <xsl:apply-templates select="m:label"/>
      <xsl:apply-templates select="*[not(self::m:label)]"/>
    </div>
  </xsl:template>

  <xsl:template match="m:contact">
    <address>
      <xsl:for-each select="m:field">
        <xsl:apply-templates/><br/>
      </xsl:for-each>
    </address>
  </xsl:template>

  <xsl:template match="m:notice/m:field">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="m:signature">
    <div class="signature"><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="m:furniture">
    <details>
      <summary><xsl:call-template name="t"><xsl:with-param name="k" select="'furniture'"/></xsl:call-template></summary>
      <ul>
        <xsl:for-each select="m:fw">
          <li><xsl:call-template name="t"><xsl:with-param name="k" select="'page'"/></xsl:call-template>
            <xsl:text> </xsl:text><xsl:value-of select="@page"/>: <xsl:value-of select="."/></li>
        </xsl:for-each>
      </ul>
    </details>
  </xsl:template>

  <xsl:template match="m:p | m:item/m:field">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="m:list[@type = 'ordered']">
    <ol><xsl:apply-templates/></ol>
  </xsl:template>

  <xsl:template match="m:list">
    <ul><xsl:apply-templates/></ul>
  </xsl:template>

  <xsl:template match="m:li">
    <li><xsl:apply-templates/></li>
  </xsl:template>

  <xsl:template match="m:table">
    <table><tbody><xsl:apply-templates/></tbody></table>
  </xsl:template>

  <xsl:template match="m:row">
    <tr><xsl:apply-templates/></tr>
  </xsl:template>

  <xsl:template match="m:cell">
    <td><xsl:apply-templates/></td>
  </xsl:template>

  <xsl:template match="m:hi[@rend = 'bold']">
    <strong><xsl:apply-templates/></strong>
  </xsl:template>

  <xsl:template match="m:hi[@rend = 'italic']">
    <em><xsl:apply-templates/></em>
  </xsl:template>

  <xsl:template match="m:hi">
    <strong><em><xsl:apply-templates/></em></strong>
  </xsl:template>

  <xsl:template match="m:label | m:heading | m:head">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Every other field: its text, with its kind as a class. -->
  <xsl:template match="m:*">
    <span class="{local-name()}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="m:case">
    <span class="case"><xsl:apply-templates/></span>
  </xsl:template>
</xsl:stylesheet>
