import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * The join URL as a QR code, drawn as SVG (sharp on any projector). qrcode is imported only
 * here, in the presenter's chunk, so it never weighs on the app's first load.
 */
export function PresenterQr({ url, label }: { url: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then(
      (markup) => isCurrent && setSvg(markup),
      () => isCurrent && setSvg(null),
    );
    return () => {
      isCurrent = false;
    };
  }, [url]);
  if (!svg) return null;
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  return <img className="presenter-qr" src={src} alt={label} width={240} height={240} />;
}
