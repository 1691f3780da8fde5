// The XML protocols, a separate entry so that JSON services never load the XML parser.
export { restXml, restXmlRequest, parseRestXmlError, type RestXmlOptions } from './protocols/restXml.js';
export { awsQuery, flattenQuery, parseQueryError } from './protocols/awsQuery.js';
export { parseXml, rootOf } from './protocols/xmlParser.js';
export { xmlDocument, writeXml, escapeXml, escapeXmlText } from './protocols/xmlBuilder.js';
