<?xml version="1.0" encoding="UTF-8"?>
<!--
  Minutes XML to TEI P5 (tei_all), after the conventions of Parla-CLARIN
  where they fit a protocol: participants in particDesc/listPerson,
  the meeting in settingDesc, one div per item with its number, title,
  case number and typed divs for its sections (decisions, reservations),
  signatures in a closer, removed page furniture as fw in the item
  where it stood.  Parameters: lang, id-prefix, repository.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:m="urn:protokoll:minutes:1"
    xmlns="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="m">

  <xsl:import href="lib/common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:variable name="people" select="/m:minutes/m:front/m:participants
      [@group != 'adjusters']/m:person | /m:minutes/m:back/m:participants/m:person
      | /m:minutes/m:items/m:item/m:participants[@group != 'adjusters']/m:person"/>

  <xsl:template match="/m:minutes">
    <TEI xml:lang="{$language}">
      <teiHeader>
        <fileDesc>
          <titleStmt>
            <title><xsl:value-of select="$title"/></title>
          </titleStmt>
          <publicationStmt>
            <publisher>
              <xsl:choose>
                <xsl:when test="$repository != ''"><xsl:value-of select="$repository"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$creator"/></xsl:otherwise>
              </xsl:choose>
            </publisher>
            <idno type="meeting"><xsl:value-of select="$meeting-id"/></idno>
          </publicationStmt>
          <sourceDesc>
            <bibl>
              <title><xsl:value-of select="m:source/@file"/></title>
              <xsl:if test="m:source/@sha256">
                <idno type="sha256"><xsl:value-of select="m:source/@sha256"/></idno>
              </xsl:if>
              <extent><measure unit="pages" quantity="{m:source/@pages}"><xsl:value-of select="m:source/@pages"/></measure></extent>
            </bibl>
          </sourceDesc>
        </fileDesc>
        <encodingDesc>
          <appInfo>
            <application ident="protokoll" version="{/m:minutes/@version}">
              <label>protokoll, minutes model <xsl:value-of select="/m:minutes/@version"/>, rule profile <xsl:value-of select="m:source/@profile"/></label>
            </application>
          </appInfo>
        </encodingDesc>
        <profileDesc>
          <xsl:if test="$people">
            <particDesc>
              <listPerson>
                <xsl:apply-templates select="$people" mode="header"/>
              </listPerson>
            </particDesc>
          </xsl:if>
          <settingDesc>
            <setting>
              <orgName><xsl:value-of select="$creator"/></orgName>
              <xsl:if test="$mt/@place">
                <locale><placeName><xsl:value-of select="$mt/@place"/></placeName></locale>
              </xsl:if>
              <xsl:if test="$mt/@date">
                <date when="{$mt/@date}">
                  <xsl:if test="$mt/@start"><xsl:attribute name="from"><xsl:value-of select="concat($mt/@start, ':00')"/></xsl:attribute></xsl:if>
                  <xsl:if test="$mt/@end"><xsl:attribute name="to"><xsl:value-of select="concat($mt/@end, ':00')"/></xsl:attribute></xsl:if>
                  <xsl:value-of select="$mt/@date"/>
                </date>
              </xsl:if>
            </setting>
          </settingDesc>
        </profileDesc>
      </teiHeader>
      <text>
        <front>
          <div type="preamble">
            <xsl:apply-templates select="m:front/*"/>
            <xsl:apply-templates select="m:furniture/m:fw[not(/m:minutes/m:items/m:item) or
                @line &lt; /m:minutes/m:items/m:item[1]/@line]"/>
          </div>
        </front>
        <body>
          <xsl:apply-templates select="m:items/m:item"/>
          <xsl:if test="not(m:items/m:item)">
            <div type="item"><p/></div>
          </xsl:if>
        </body>
        <xsl:if test="m:back/* or m:front/m:signatures">
          <back>
            <xsl:apply-templates select="m:back/*"/>
          </back>
        </xsl:if>
      </text>
    </TEI>
  </xsl:template>

  <!-- The header's record of a person. -->
  <xsl:template match="m:person" mode="header">
    <person>
      <xsl:attribute name="xml:id"><xsl:value-of select="concat($id-prefix, 'p', count(preceding::m:person) + 1)"/></xsl:attribute>
      <xsl:attribute name="role">
        <xsl:choose>
          <xsl:when test="@role"><xsl:value-of select="@role"/></xsl:when>
          <xsl:when test="../@group = 'members'">member</xsl:when>
          <xsl:when test="../@group = 'substitutes'">substitute</xsl:when>
          <xsl:when test="../@group = 'others'">guest</xsl:when>
          <xsl:when test="../@group = 'absent'">member</xsl:when>
          <xsl:otherwise>participant</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <persName><xsl:value-of select="normalize-space(m:name)"/></persName>
      <xsl:if test="@party">
        <affiliation><orgName type="party"><xsl:value-of select="@party"/></orgName></affiliation>
      </xsl:if>
      <xsl:if test="m:affiliation | m:title">
        <affiliation><xsl:value-of select="normalize-space(m:affiliation | m:title)"/></affiliation>
      </xsl:if>
      <xsl:if test="m:role">
        <affiliation>
          <xsl:if test="@role"><xsl:attribute name="role"><xsl:value-of select="@role"/></xsl:attribute></xsl:if>
          <xsl:value-of select="normalize-space(m:role)"/>
        </affiliation>
      </xsl:if>
      <note type="attendance"><xsl:value-of select="@attendance"/></note>
      <xsl:if test="@remote = 'true'">
        <note type="remote"><xsl:value-of select="normalize-space(m:remote)"/></note>
      </xsl:if>
    </person>
  </xsl:template>

  <!-- The front, in reading order. -->
  <!-- A head only opens a division: one after other lines is a p. -->
  <xsl:template match="m:front/m:heading">
    <xsl:choose>
      <xsl:when test="preceding-sibling::*">
        <p rend="heading"><xsl:apply-templates/></p>
      </xsl:when>
      <xsl:otherwise>
        <head><xsl:apply-templates/></head>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An attendance list after the items: a division of the back. -->
  <xsl:template match="m:back/m:participants">
    <div type="attendance"><xsl:apply-templates select="." mode="people"/></div>
  </xsl:template>

  <!-- In the front, and a roll call taken in an item. -->
  <xsl:template match="m:front/m:participants | m:item/m:participants">
    <xsl:apply-templates select="." mode="people"/>
  </xsl:template>

  <xsl:template match="m:participants" mode="people">
    <p>
      <label><xsl:value-of select="normalize-space(m:label)"/></label>
      <xsl:text> </xsl:text>
      <xsl:for-each select="m:person">
        <xsl:if test="position() > 1"><xsl:text>, </xsl:text></xsl:if>
        <xsl:choose>
          <xsl:when test="../@group = 'adjusters'">
            <persName><xsl:value-of select="normalize-space(m:name)"/></persName>
          </xsl:when>
          <xsl:otherwise>
            <persName ref="#{concat($id-prefix, 'p', count(preceding::m:person) + 1)}"><xsl:value-of select="normalize-space(m:name)"/></persName>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </p>
  </xsl:template>

  <xsl:template match="m:front/m:field | m:front/m:signatures | m:contact/m:field">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <!-- The contact and the notice stay paragraphs: no div may precede a p. -->
  <xsl:template match="m:contact">
    <p rend="contact">
      <xsl:for-each select="*">
        <xsl:if test="position() > 1"><lb/></xsl:if>
        <xsl:apply-templates/>
      </xsl:for-each>
    </p>
  </xsl:template>

  <xsl:template match="m:notice">
    <p rend="notice"><xsl:apply-templates select="m:label | m:hi | text()[not(preceding-sibling::m:p or preceding-sibling::m:field or preceding-sibling::m:list or preceding-sibling::m:table)]"/></p>
    <xsl:apply-templates select="m:p | m:field | m:list | m:table" mode="notice"/>
  </xsl:template>

  <xsl:template match="*" mode="notice">
    <p rend="notice"><xsl:apply-templates/></p>
  </xsl:template>

  <!-- Items. -->
  <xsl:template match="m:item">
    <xsl:variable name="next" select="following-sibling::m:item[1]/@line"/>
    <div type="item">
      <xsl:attribute name="xml:id"><xsl:value-of select="concat($id-prefix, 'item', position())"/></xsl:attribute>
      <xsl:if test="@n"><xsl:attribute name="n"><xsl:value-of select="@n"/></xsl:attribute></xsl:if>
      <head>
        <xsl:if test="m:head/m:num"><label><xsl:value-of select="normalize-space(m:head/m:num)"/></label><xsl:text> </xsl:text></xsl:if>
        <xsl:call-template name="item-title"/>
      </head>
      <!-- Furniture removed from within this item, where it stood. -->
      <xsl:apply-templates select="/m:minutes/m:furniture/m:fw[@line >= current()/@line and (not($next) or @line &lt; $next)]"/>
      <xsl:for-each select="m:cases/m:case | m:head/m:case">
        <p><idno type="case"><xsl:value-of select="normalize-space(.)"/></idno></p>
      </xsl:for-each>
      <xsl:choose>
        <!-- Once a div begins, TEI wants no loose p: wrap them. -->
        <xsl:when test="m:section">
          <xsl:apply-templates select="*[not(self::m:head or self::m:cases)]" mode="in-divs"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="*[not(self::m:head or self::m:cases)]"/>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <xsl:template match="m:section" mode="in-divs">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <xsl:template match="*" mode="in-divs">
    <div type="other"><xsl:apply-templates select="."/></div>
  </xsl:template>

  <xsl:template match="m:fw">
    <fw type="{@type}" n="{@page}"><xsl:value-of select="."/></fw>
  </xsl:template>

  <xsl:template match="m:section">
    <div type="{@type}">
      <xsl:if test="m:heading">
        <head><xsl:value-of select="normalize-space(m:heading)"/></head>
      </xsl:if>
      <xsl:apply-templates select="*[not(self::m:heading)]"/>
    </div>
  </xsl:template>

  <xsl:template match="m:section[@placement = 'side']">
    <note type="{@type}" place="margin">
      <xsl:for-each select="m:p">
        <xsl:if test="position() > 1"><lb/></xsl:if>
        <xsl:value-of select="normalize-space(.)"/>
      </xsl:for-each>
    </note>
  </xsl:template>

  <xsl:template match="m:decision">
    <div type="decision-text">
      <xsl:apply-templates select="m:p | m:list | m:table"/>
      <xsl:if test="m:clause">
        <list type="clauses">
          <xsl:for-each select="m:clause">
            <item><xsl:apply-templates/></item>
          </xsl:for-each>
        </list>
      </xsl:if>
      <xsl:if test="not(m:p | m:list | m:table | m:clause)"><p/></xsl:if>
    </div>
  </xsl:template>

  <!-- Back matter: signatures in a closer. -->
  <xsl:template match="m:back/m:signatures">
    <div type="signatures">
      <p><xsl:value-of select="normalize-space(m:label)"/></p>
      <closer>
        <xsl:for-each select="m:signature">
          <signed>
            <xsl:if test="m:label | m:role">
              <roleName><xsl:value-of select="normalize-space(m:role | m:label[not(../m:role)])"/></roleName>
              <xsl:text> </xsl:text>
            </xsl:if>
            <persName><xsl:value-of select="normalize-space(m:name)"/></persName>
            <xsl:if test="@party"><xsl:value-of select="concat(' (', @party, ')')"/></xsl:if>
            <xsl:if test="m:org"><xsl:text>, </xsl:text><orgName><xsl:value-of select="normalize-space(m:org)"/></orgName></xsl:if>
          </signed>
        </xsl:for-each>
        <xsl:if test="$adj/@date">
          <dateline>Justerat <date when="{$adj/@date}"><xsl:value-of select="$adj/@date"/></date></dateline>
        </xsl:if>
      </closer>
    </div>
  </xsl:template>

  <xsl:template match="m:back/m:p | m:back/m:list | m:back/m:table">
    <div type="back"><xsl:apply-templates select="."  mode="block"/></div>
  </xsl:template>

  <!-- Body text. -->
  <xsl:template match="m:p" mode="block">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <!-- A fact said in an item ("The meeting closed at …"): a paragraph. -->
  <xsl:template match="m:item/m:field">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="m:p">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <!-- Called, not applied, as the table below: m:back/m:list would
       match again, without end (a list after an appended attendance
       list failed the transform). -->
  <xsl:template match="m:list" mode="block">
    <xsl:call-template name="list"/>
  </xsl:template>

  <xsl:template match="m:list" name="list">
    <list>
      <xsl:if test="@type = 'ordered'"><xsl:attribute name="rend">numbered</xsl:attribute></xsl:if>
      <xsl:for-each select="m:li">
        <item><xsl:apply-templates/></item>
      </xsl:for-each>
    </list>
  </xsl:template>

  <!-- Called, not applied: m:back/m:table would match again. -->
  <xsl:template match="m:table" mode="block">
    <xsl:call-template name="table"/>
  </xsl:template>

  <xsl:template match="m:table" name="table">
    <table>
      <xsl:for-each select="m:row">
        <row>
          <xsl:for-each select="m:cell">
            <cell><xsl:apply-templates/></cell>
          </xsl:for-each>
        </row>
      </xsl:for-each>
    </table>
  </xsl:template>

  <!-- Inline: emphasis, and fields as the TEI elements nearest them. -->
  <xsl:template match="m:hi">
    <hi rend="{@rend}"><xsl:apply-templates/></hi>
  </xsl:template>

  <xsl:template match="m:name">
    <persName><xsl:apply-templates/></persName>
  </xsl:template>

  <!-- An officer named where a point elects them: the name, its role. -->
  <xsl:template match="m:p/m:person | m:li/m:person">
    <persName role="{@role}"><xsl:apply-templates select="m:name/node()"/></persName>
  </xsl:template>

  <xsl:template match="m:date | m:document-date | m:adjustment-date">
    <date>
      <xsl:if test="@when"><xsl:attribute name="when"><xsl:value-of select="@when"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </date>
  </xsl:template>

  <xsl:template match="m:start | m:end | m:adjustment-time">
    <time>
      <xsl:if test="@at"><xsl:attribute name="when"><xsl:value-of select="concat(@at, ':00')"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </time>
  </xsl:template>

  <xsl:template match="m:place | m:adjustment-place | m:storage">
    <placeName><xsl:apply-templates/></placeName>
  </xsl:template>

  <xsl:template match="m:body | m:organization | m:org">
    <orgName><xsl:apply-templates/></orgName>
  </xsl:template>

  <xsl:template match="m:case">
    <idno type="case"><xsl:apply-templates/></idno>
  </xsl:template>

  <xsl:template match="m:label">
    <label><xsl:apply-templates/></label>
  </xsl:template>

  <xsl:template match="m:role">
    <roleName><xsl:apply-templates/></roleName>
  </xsl:template>

  <!-- Other fields: their text. -->
  <xsl:template match="m:*">
    <xsl:apply-templates/>
  </xsl:template>
</xsl:stylesheet>
