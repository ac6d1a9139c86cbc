/** Laurel's mark: a gold laurel wreath around a star, drawn inline so it needs no request. */
export function LaurelMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 48 48" aria-hidden className={className}>
      <circle cx="24" cy="24" r="23" fill="#b3261e" />
      <path d="M24 12l2.9 6.6 7.1.6-5.4 4.7 1.6 7-6.2-3.7-6.2 3.7 1.6-7-5.4-4.7 7.1-.6z" fill="#f3c53b" />
      <g fill="none" stroke="#f3c53b" strokeWidth="1.8" strokeLinecap="round">
        <path d="M13 31c2.5 4.5 6.3 6.8 11 7" />
        <path d="M35 31c-2.5 4.5-6.3 6.8-11 7" />
        <path d="M12.5 26.5c-1.6-1-2.4-2.6-2.3-4.6 1.8.6 2.8 2.1 2.3 4.6zM14.6 31.2c-1.9-.3-3.3-1.5-3.8-3.4 1.9.1 3.3 1.2 3.8 3.4zM18 34.8c-1.9.3-3.6-.4-4.6-2.1 1.9-.4 3.5.4 4.6 2.1z" fill="#f3c53b" stroke="none" />
        <path d="M35.5 26.5c1.6-1 2.4-2.6 2.3-4.6-1.8.6-2.8 2.1-2.3 4.6zM33.4 31.2c1.9-.3 3.3-1.5 3.8-3.4-1.9.1-3.3 1.2-3.8 3.4zM30 34.8c1.9.3 3.6-.4 4.6-2.1-1.9-.4-3.5.4-4.6 2.1z" fill="#f3c53b" stroke="none" />
      </g>
    </svg>
  );
}
