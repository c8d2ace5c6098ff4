<?xml version="1.0" encoding="UTF-8"?>
<!--
  Minutes XML to plain UTF-8 text for full-text indexes: the content in
  reading order, paragraphs reflowed to one line each, items headed, the
  page furniture left out.  Parameters: lang.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:m="urn:protokoll:minutes:1"
    exclude-result-prefixes="m">

  <xsl:import href="lib/common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="nl" select="'&#10;'"/>

  <xsl:template match="/m:minutes">
    <xsl:value-of select="concat($title, $nl, $nl)"/>
    <xsl:apply-templates select="m:front/*"/>
    <xsl:apply-templates select="m:items/m:item"/>
    <xsl:apply-templates select="m:back/*"/>
  </xsl:template>

  <!-- A block: its text on one line, then a blank line. -->
  <xsl:template match="m:clause">
    <xsl:value-of select="concat('- ', normalize-space(.), $nl, $nl)"/>
  </xsl:template>

  <xsl:template match="m:heading | m:field | m:p | m:signature | m:notice |
      m:cases">
    <xsl:value-of select="concat(normalize-space(.), $nl, $nl)"/>
  </xsl:template>

  <xsl:template match="m:participants">
    <xsl:value-of select="concat(normalize-space(m:label), ':', $nl)"/>
    <xsl:for-each select="m:person">
      <xsl:value-of select="'  '"/>
      <xsl:call-template name="person-line"/>
      <xsl:if test="normalize-space(m:mark) != ''">
        <xsl:value-of select="concat(' ', normalize-space(m:mark))"/>
      </xsl:if>
      <xsl:value-of select="$nl"/>
    </xsl:for-each>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template match="m:contact | m:signatures | m:decision">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="m:list">
    <xsl:for-each select="m:li">
      <xsl:value-of select="concat('- ', normalize-space(.), $nl)"/>
    </xsl:for-each>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template match="m:table">
    <xsl:for-each select="m:row">
      <xsl:for-each select="m:cell">
        <xsl:if test="position() > 1"><xsl:text>&#9;</xsl:text></xsl:if>
        <xsl:value-of select="normalize-space(.)"/>
      </xsl:for-each>
      <xsl:value-of select="$nl"/>
    </xsl:for-each>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template match="m:item">
    <xsl:variable name="head">
      <xsl:value-of select="normalize-space(m:head)"/>
    </xsl:variable>
    <xsl:value-of select="concat($head, $nl)"/>
    <xsl:call-template name="rule">
      <xsl:with-param name="n" select="string-length($head)"/>
    </xsl:call-template>
    <xsl:value-of select="concat($nl, $nl)"/>
    <xsl:apply-templates select="*[not(self::m:head)]"/>
  </xsl:template>

  <xsl:template match="m:section">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- n '=' in halves: as deep as log2(n), not n (a title of 2,000
       characters went past libxslt's depth of 3,000 and failed). -->
  <xsl:template name="rule">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n = 1">
        <xsl:text>=</xsl:text>
      </xsl:when>
      <xsl:when test="$n > 1">
        <xsl:call-template name="rule">
          <xsl:with-param name="n" select="floor($n div 2)"/>
        </xsl:call-template>
        <xsl:call-template name="rule">
          <xsl:with-param name="n" select="$n - floor($n div 2)"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="text()"/>
</xsl:stylesheet>
