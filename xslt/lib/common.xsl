<?xml version="1.0" encoding="UTF-8"?>
<!--
  Named templates and parameters the archive-format stylesheets share
  (xsl:import-ed; html.xsl predates it and stands alone).
  Parameters every format takes where it makes sense:
    lang        the document's language, BCP 47 (sv); by default the one
                pk-segment identified (xml:lang), else und
    id-prefix   prepended to every identifier made (none)
    repository  the archive or repository that keeps the minutes (none)
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:m="urn:protokoll:minutes:1"
    exclude-result-prefixes="m">

  <xsl:param name="lang" select="''"/>

  <!-- The language: the parameter, else what the document says. -->
  <xsl:variable name="language">
    <xsl:choose>
      <xsl:when test="$lang != ''"><xsl:value-of select="$lang"/></xsl:when>
      <xsl:when test="/m:minutes/@xml:lang"><xsl:value-of select="/m:minutes/@xml:lang"/></xsl:when>
      <xsl:otherwise>und</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <!-- Its ISO 639-2 code (terminological: deu; EAD takes the
       bibliographic ger, fixed up there). -->
  <xsl:variable name="lang3">
    <xsl:variable name="l" select="substring-before(concat($language, '-'), '-')"/>
    <xsl:choose>
      <xsl:when test="$l = 'sv'">swe</xsl:when>
      <xsl:when test="$l = 'en'">eng</xsl:when>
      <xsl:when test="$l = 'de'">deu</xsl:when>
      <xsl:when test="$l = 'nb' or $l = 'no'">nob</xsl:when>
      <xsl:when test="$l = 'nn'">nno</xsl:when>
      <xsl:when test="$l = 'da'">dan</xsl:when>
      <xsl:when test="$l = 'fi'">fin</xsl:when>
      <xsl:when test="$l = 'fr'">fra</xsl:when>
      <xsl:when test="$l = 'nl'">nld</xsl:when>
      <xsl:otherwise>und</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:param name="id-prefix" select="''"/>
  <xsl:param name="repository" select="''"/>

  <xsl:variable name="mt" select="/m:minutes/m:meeting"/>
  <xsl:variable name="adj" select="/m:minutes/m:adjustment"/>

  <!-- The organ that met: the body, else the organisation. -->
  <xsl:variable name="organ">
    <xsl:choose>
      <xsl:when test="$mt/@body"><xsl:value-of select="$mt/@body"/></xsl:when>
      <xsl:when test="$mt/@organization"><xsl:value-of select="$mt/@organization"/></xsl:when>
      <xsl:otherwise>okänt organ</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- "Närvårdssamverkan Alingsås-Lerum, Politiska samrådsgrupp". -->
  <xsl:variable name="creator">
    <xsl:if test="$mt/@organization and $mt/@body">
      <xsl:value-of select="concat($mt/@organization, ', ')"/>
    </xsl:if>
    <xsl:value-of select="$organ"/>
  </xsl:variable>

  <xsl:variable name="kind">
    <xsl:choose>
      <xsl:when test="$mt/@kind"><xsl:value-of select="$mt/@kind"/></xsl:when>
      <xsl:otherwise>Protokoll</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- "Protokoll, Strategisk regional beredning, 2024-04-19, §22". -->
  <xsl:variable name="title">
    <xsl:value-of select="concat($kind, ', ', $creator)"/>
    <xsl:if test="$mt/@date"><xsl:value-of select="concat(', ', $mt/@date)"/></xsl:if>
    <xsl:if test="$adj/@scope"><xsl:value-of select="concat(', ', $adj/@scope)"/></xsl:if>
  </xsl:variable>

  <!-- An identifier for the meeting: prefix, organ initials, date. -->
  <xsl:variable name="organ-initials">
    <xsl:call-template name="initials">
      <xsl:with-param name="s" select="normalize-space($organ)"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:variable name="meeting-id">
    <xsl:value-of select="$id-prefix"/>
    <!-- An identifier starts with a letter (xs:ID): "M" where the
         organ's words start with none ("#21", "2."). -->
    <xsl:choose>
      <xsl:when test="$organ-initials != ''"><xsl:value-of select="$organ-initials"/></xsl:when>
      <xsl:otherwise>M</xsl:otherwise>
    </xsl:choose>
    <xsl:text>-</xsl:text>
    <xsl:choose>
      <xsl:when test="$mt/@date"><xsl:value-of select="$mt/@date"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="substring(/m:minutes/m:source/@sha256, 1, 12)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The first letters of the words of s, in capitals; a word that
       starts with something else ("#21", "(S)") gives none, so that
       the initials can stand in an identifier. -->
  <xsl:template name="initials">
    <xsl:param name="s"/>
    <xsl:if test="$s != ''">
      <xsl:variable name="c" select="translate(substring($s, 1, 1),
          'abcdefghijklmnopqrstuvwxyzåäöéæøü', 'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉÆØÜ')"/>
      <xsl:if test="contains('ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉÆØÜ', $c)">
        <xsl:value-of select="$c"/>
      </xsl:if>
      <xsl:call-template name="initials">
        <xsl:with-param name="s" select="substring-after($s, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The item's number as written: "§22", "1". -->
  <xsl:template name="item-label">
    <xsl:param name="item" select="."/>
    <xsl:choose>
      <xsl:when test="$item/m:head/m:num"><xsl:value-of select="normalize-space($item/m:head/m:num)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$item/@n"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="item-title">
    <xsl:param name="item" select="."/>
    <xsl:choose>
      <xsl:when test="$item/m:head/m:title"><xsl:value-of select="normalize-space($item/m:head/m:title)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($item/m:head)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "Anna Berg (S), ordförande" for a person or signature. -->
  <xsl:template name="person-line">
    <xsl:param name="p" select="."/>
    <xsl:value-of select="normalize-space($p/m:name)"/>
    <xsl:if test="$p/@party"><xsl:value-of select="concat(' (', $p/@party, ')')"/></xsl:if>
    <xsl:if test="$p/m:role"><xsl:value-of select="concat(', ', normalize-space($p/m:role))"/></xsl:if>
    <xsl:if test="$p/m:title"><xsl:value-of select="concat(', ', normalize-space($p/m:title))"/></xsl:if>
    <xsl:if test="$p/m:affiliation"><xsl:value-of select="concat(', ', normalize-space($p/m:affiliation))"/></xsl:if>
  </xsl:template>

  <!-- The text of a decision, clauses joined. -->
  <xsl:template name="decision-text">
    <xsl:param name="d" select="."/>
    <xsl:for-each select="$d/m:p | $d/m:clause | $d/m:list/m:li">
      <xsl:if test="position() > 1"><xsl:text> </xsl:text></xsl:if>
      <xsl:value-of select="normalize-space(.)"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
